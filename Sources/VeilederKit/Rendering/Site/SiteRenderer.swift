import Dispatch

/// Renders the whole site from the knowledge base: a pure function from the base and templates to files.
public struct SiteRenderer: Sendable {
    let context: RenderContext

    /// `fragments`: pieces an incremental build keeps between renders; `index`: its lookups, when the
    /// build knows them to be this base's.
    init(knowledgeBase: KnowledgeBase, templates: TemplateSet, fragments: FragmentCache? = nil, index: SiteIndex? = nil) {
        context = RenderContext(
            knowledgeBase: knowledgeBase, templates: templates, index: index ?? SiteIndex(knowledgeBase), fragments: fragments)
    }

    public init(knowledgeBase: KnowledgeBase, templates: TemplateSet) {
        self.init(knowledgeBase: knowledgeBase, templates: templates, fragments: nil)
    }

    var index: SiteIndex { context.index }

    /// What one unit of rendering makes: an entry's page, or a file that draws on many entries.
    public enum Job: Hashable, Sendable {
        case entry(EntryID)
        case shared(SharedFile)
    }

    /// Files that draw on many entries. In order of cost, heaviest first, so that on a big knowledge
    /// base the long ones start at once and the many small entry pages fill in around them.
    public enum SharedFile: CaseIterable, Sendable {
        case searchIndex, export, overview, handouts, guidelines, brochure, glossary, front, searchPage, questionnaires,
             schemas, assets

        /// Whether the file can change when bodies of entries of this kind change while their front
        /// matter stays as it was. The search index, the export and the handouts read every body; the
        /// brochure reads its own sections' bodies and the entries they link to; the glossary reads
        /// where each term is used, which only a change of links or mentions moves, and the definitions'
        /// own texts. The others read front matter only.
        func dependsOnBodies(of kind: EntryKind, _ change: BodyChange) -> Bool {
            switch self {
            case .overview, .guidelines, .front, .questionnaires, .searchPage, .schemas, .assets: false
            case .searchIndex, .export, .handouts: true
            case .brochure: kind == .brochure
            case .glossary: kind == .definition || change == .textAndLinks
            }
        }

        /// What the file shows of an entry's front matter, for the files that read no bodies: an edit
        /// that leaves this as it was cannot change the file, and an entry for which it is empty can
        /// come or go without changing it. nil when the file may show any of it.
        /// A guideline's page shows its recommendations only in the chart (by chapter, direction and
        /// strong grade) and their count, and its chapters as the places its table of contents links
        /// to; the overview shows recommendations, and chapters as the places its sections link to;
        /// the front page shows articles and where its quick routes go; the FHIR files questionnaires.
        func frontMatterShown(of entry: Entry) -> [String]? {
            switch (self, entry.content) {
            case (.searchPage, _), (.schemas, _), (.assets, _): return []
            case (.front, _): return entry.kind == .article || FrontPage.routes.contains { $0.id == entry.id } ? nil : []
            case (.questionnaires, _): return entry.kind == .questionnaire ? nil : []
            case (.overview, .recommendation): return nil
            case (.overview, .chapter(let chapter)): return SharedFile.linkTargets(of: chapter, byTitle: false)
            case (.overview, _): return []
            case (.guidelines, .recommendation(let recommendation)):
                return [recommendation.guideline, recommendation.section, recommendation.direction.rawValue,
                        recommendation.strength.grades.contains(.sterk) ? "sterk" : ""]
            case (.guidelines, .chapter(let chapter)): return SharedFile.linkTargets(of: chapter, byTitle: true)
            case (.guidelines, _), (.searchIndex, _), (.export, _), (.handouts, _), (.brochure, _), (.glossary, _): return nil
            }
        }

        /// Where links to a chapter's sections go: its number and its sections' numbers and anchors,
        /// and, where a table of contents finds unnumbered parts by title, their titles.
        private static func linkTargets(of chapter: Chapter, byTitle: Bool) -> [String] {
            [chapter.guideline, chapter.number ?? "\u{0}", byTitle && chapter.number == nil ? chapter.title : ""]
                + chapter.sections.flatMap { [$0.number ?? "\u{0}", $0.anchor, byTitle && $0.number == nil ? $0.title : ""] }
        }
    }

    /// How an entry's body changed when its front matter did not.
    public enum BodyChange: Sendable {
        /// Only the text: it links to and mentions the same entries as before.
        case text
        /// The text and what it links to or mentions.
        case textAndLinks
    }

    /// Every job of a full build.
    public var allJobs: [Job] {
        SharedFile.allCases.map(Job.shared) + context.knowledgeBase.entries.map { .entry($0.id) }
    }

    public func render() -> [OutputFile] {
        render(allJobs)
    }

    /// Renders every job on all cores, handing each file to `finish` on the core that made it and
    /// keeping what `finish` gives back (a written file without its bytes), sorted by path; the first
    /// error `finish` throws is thrown once every job is done.
    public func render(finishing finish: @Sendable (OutputFile) throws -> OutputFile) throws -> [OutputFile] {
        let context = self.context
        let finished = eachJob(allJobs) { job in Result { try SiteRenderer.render(job, context).map(finish) } }
        return try finished.flatMap { try $0.get() }.sorted { $0.path < $1.path }
    }

    /// Renders the given jobs on all cores; the files come back sorted by path.
    public func render(_ jobs: [Job]) -> [OutputFile] {
        renderEach(jobs).flatMap(\.files).sorted { $0.path < $1.path }
    }

    /// Renders the given jobs on all cores and says which files each made.
    public func renderEach(_ jobs: [Job]) -> [(job: Job, files: [OutputFile])] {
        renderTimed(jobs).map { ($0.job, $0.files) }
    }

    /// What one job made, how long it took on the clock, and the templates it rendered.
    struct RenderedJob: Sendable {
        let job: Job
        let files: [OutputFile]
        let nanoseconds: UInt64
        let templates: Set<String>
    }

    /// `renderEach`, with how long each job took and the templates it used.
    func renderTimed(_ jobs: [Job]) -> [RenderedJob] {
        let context = self.context
        return eachJob(jobs) { job in
            let use = TemplateUse()
            var recording = context
            recording.templates = context.templates.recording(into: use)
            let start = DispatchTime.now().uptimeNanoseconds
            let files = SiteRenderer.render(job, recording)
            return RenderedJob(job: job, files: files, nanoseconds: DispatchTime.now().uptimeNanoseconds - start, templates: use.used)
        }
    }

    /// Runs the jobs on all cores once the mentions that pages show and link by are found. Asked for
    /// first inside a job, they would be found on one core (a parallel map within a parallel map runs
    /// serially) while every other job that needs them waited: 150 ms of a 10,000-entry build.
    private func eachJob<T: Sendable>(_ jobs: [Job], _ transform: @Sendable (Job) -> T) -> [T] {
        _ = context.knowledgeBase.mentions
        return jobs.parallelMap(transform)
    }

    /// The JSON Schemas depend on the tool alone, so they are made once per process.
    static let schemaFiles = JSONSchemaGenerator.schemas().map { OutputFile(path: "data/schema/\($0.name)", bytes: Array($0.text.utf8)) }

    static func render(_ job: Job, _ context: RenderContext) -> [OutputFile] {
        switch job {
        case .entry(let id):
            guard let entry = context.knowledgeBase.entry(id) else { return [] }
            let page: OutputFile? = switch entry.content {
            case .recommendation(let recommendation): RecommendationPage(context: context).render(entry, recommendation)
            case .chapter(let chapter): ChapterPage(context: context).render(entry, chapter)
            case .questionnaire(let questionnaire): QuestionnairePage(context: context).render(entry, questionnaire)
            case .brochure: nil
            case .definition, .category, .article: EntryPages(context: context).render(entry)
            }
            return page.map { [$0] } ?? []
        case .shared(let file):
            switch file {
            case .searchIndex: return [SearchPage(context: context).index()]
            case .export: return [KnowledgeBaseExport(context: context).render()]
            case .overview: return [RecommendationsPage(context: context).render()]
            case .handouts: return Handouts(context: context).render()
            case .guidelines: return context.knowledgeBase.guidelines.map { GuidelinePage(context: context).render($0) }
            case .brochure: return [BrochurePage(context: context).render()].compactMap { $0 }
            case .glossary: return [GlossaryPage(context: context).render()]
            case .front: return [FrontPage(context: context).render()]
            case .searchPage: return [SearchPage(context: context).page()]
            case .questionnaires: return FHIRQuestionnaire(context: context).render()
            case .schemas: return schemaFiles
            case .assets: return context.templates.assets
            }
        }
    }
}
