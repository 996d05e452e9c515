import Dispatch
import Foundation

/// A build kept in memory between edits, for `veileder watch`. After a change only the changed files
/// are decoded and scanned, and only the jobs the change can affect are rendered; the result is the
/// same, byte for byte, as a full build of the same content (the tests hold it to that).
///
/// The check covers the whole knowledge base, as in a full build: a change to one entry can break a
/// link in another (a rule keeps only its findings about files the change cannot concern). Nothing is
/// published while the check or the links fail; the changes wait and are rendered with the next edit
/// that succeeds.
public final class IncrementalBuild {
    public struct Update: Sendable {
        public let report: CheckReport
        public let brokenLinks: [LinkVerifier.BrokenLink]
        /// Files that are new or whose bytes changed since the last successful update.
        public let changed: [OutputFile]
        /// Paths of files that the site no longer has.
        public let removed: [String]
        /// Every file of the site as it is now, by path; empty when the update failed.
        public let site: [String: OutputFile]
        public let renderedJobs: Int
        public let renderedEverything: Bool
        public let timings: StageTimings
        /// The state this update replaced, freed with the update once the caller has published and
        /// printed it: releasing a large base's objects one by one takes milliseconds that an editor
        /// would otherwise wait for.
        let superseded: Superseded

        public var succeeded: Bool { !site.isEmpty }
    }

    struct Superseded: Sendable {
        let knowledgeBase: KnowledgeBase?
        let index: SiteIndex?
        let findings: Checker.Results?
    }

    public let contentRoot: URL
    public let templatesFolder: URL
    let today: CalendarDate?
    let strict: Bool

    private var decoded: [String: DecodedFile] = [:]
    /// The keys of `decoded`, sorted: content is loaded in path order.
    private var paths: [String] = []
    /// `decoded` as the pipeline takes it, kept to be patched file by file.
    private var loaded: LoadedContent?
    private var templates: TemplateSet?
    private let fragments = FragmentCache()
    /// Content files changed since the last successful update.
    private var pending: Set<String> = []
    /// Whether every pending change kept its file's front matter as it was, touching only the body.
    private var pendingBodiesOnly = true
    private var templatesPending = true
    /// The last check's base and findings, whether or not it was published.
    private var lastCheck: (knowledgeBase: KnowledgeBase, findings: Checker.Results)?
    /// How long each job took when it was last rendered: a rebuild starts the longest first, so
    /// that on two cores a long page does not start after the shared files and finish last.
    private var renderTimes: [SiteRenderer.Job: UInt64] = [:]
    /// The templates each job has rendered since the first build (they only add up: a job that took
    /// a piece from the cache did not render its template this time), and the set they came from.
    private var templatesByJob: [SiteRenderer.Job: Set<String>] = [:]
    private var publishedTemplates: TemplateSet?
    private var published: (
        knowledgeBase: KnowledgeBase, index: SiteIndex, files: [String: OutputFile], pathsByJob: [SiteRenderer.Job: [String]])?

    public init(contentRoot: URL, templates: URL, today: CalendarDate?, strict: Bool) throws {
        self.contentRoot = contentRoot
        self.templatesFolder = templates
        self.today = today
        self.strict = strict
        let paths = try ContentLoader.contentFiles(under: contentRoot)
        let files = paths.parallelMap { path in ContentLoader.decodeFile(root: contentRoot, path: path) }
        decoded = Dictionary(uniqueKeysWithValues: zip(paths, files))
        self.paths = paths.sorted()
    }

    /// Rebuilds after the given content files (relative to the content folder; added, changed or
    /// removed) and, if `templatesChanged`, the templates. The first call renders everything.
    /// With `rescan`, the content folder is listed again (a folder was added, moved or removed).
    public func update(contentFiles changed: Set<String> = [], templatesChanged: Bool = false, rescan: Bool = false) throws -> Update {
        var timings = StageTimings()
        var changed = changed.filter(ContentLoader.isContentFile)
        if rescan {
            let listed = try ContentLoader.contentFiles(under: contentRoot)
            changed.formUnion(Set(listed).symmetricDifference(decoded.keys))
        }
        var replaced: [(path: String, before: DecodedFile?, after: DecodedFile?)] = []
        timings.measure(.load) {
            for path in changed {
                let before = decoded[path]
                let exists = FileManager.default.fileExists(atPath: contentRoot.appendingPathComponent(path).path)
                decoded[path] = exists ? ContentLoader.decodeFile(root: contentRoot, path: path) : nil
                pendingBodiesOnly = pendingBodiesOnly && DecodedFile.sameFrontMatter(before, decoded[path])
                replaced.append((path, before, decoded[path]))
                switch (before, decoded[path]) {
                case (nil, .some): paths.insert(path, at: paths.firstIndex { $0 > path } ?? paths.endIndex)
                case (.some, nil): paths.removeAll { $0 == path }
                default: break
                }
            }
        }
        pending.formUnion(changed)
        templatesPending = templatesPending || templatesChanged

        let loaded = patchedContent(replacing: replaced) ?? {
            var loaded = LoadedContent()
            for path in paths { loaded.add(decoded[path]!) }
            loaded.fileCount = decoded.count
            return loaded
        }()
        self.loaded = loaded
        let termChange = self.termChange(loaded)
        let termsChanged = termChange != .none
        let earlier = published.map { Linker.Earlier($0.knowledgeBase, except: pending, terms: termChange) }
        let report = Pipeline.check(loaded, today: today, timings: timings, reusing: earlier ?? Linker.Earlier()) { knowledgeBase in
            earlierFindings(changing: changed, in: knowledgeBase)
        }
        let superseded = Superseded(knowledgeBase: published?.knowledgeBase, index: published?.index, findings: lastCheck?.findings)
        lastCheck = (report.knowledgeBase, report.ruleFindings)
        timings = report.timings
        guard !report.findings(strict: strict).contains(where: { $0.severity == .error }) else {
            return failed(report, timings: timings, superseded: superseded)
        }
        if templatesPending { templates = try TemplateSet.load(from: templatesFolder) }
        let pendingFiles = pending.sorted()
        let edited = PathOrder.items(in: report.knowledgeBase.entries, at: pendingFiles, path: \.file)
        // Each pending file's entry as it was published and as it is (nil where it has none).
        let edits = published.map { published in
            pendingFiles.map { file in
                (before: PathOrder.items(in: published.knowledgeBase.entries, at: [file], path: \.file).first,
                 after: PathOrder.items(in: report.knowledgeBase.entries, at: [file], path: \.file).first)
            }
        } ?? []
        // Changes that kept every front matter leave the site's lookups as they were, but for the entries'
        // objects; changed recommendations move within them.
        let index = published.flatMap { published -> SiteIndex? in
            pendingBodiesOnly ? published.index.replacing(edited) : published.index.updating(edits)
        }
        let renderer = SiteRenderer(knowledgeBase: report.knowledgeBase, templates: templates!, fragments: fragments, index: index)

        let templateChanges = templatesPending ? publishedTemplates.map { TemplateSet.changes(from: $0, to: templates!) } : nil
        let fromContent = published.flatMap { published in
            pending.isEmpty ? [] : AffectedJobs.after(
                changing: pending, bodiesOnly: pendingBodiesOnly, from: published.knowledgeBase, to: report.knowledgeBase)
        }
        let affected = templatesPending && templateChanges == nil ? nil : fromContent.map { jobs in
            templateChanges.map { jobs + jobsUsing($0, among: renderer.allJobs, except: Set(jobs)) } ?? jobs
        }
        if let templateChanges, !templateChanges.templates.isEmpty {
            // Kept pieces were rendered through the templates as they were.
            fragments.forgetAll()
        }
        if let affected {
            // New terms change the term links in the bodies of the pages they concern, and a page that
            // moved the links to it.
            let ids = Set(affected.compactMap { if case .entry(let id) = $0 { id } else { nil } })
            let pagesMoved = edits.contains { AffectedJobs.movesItsPage($0.before, $0.after) }
            fragments.forget(affected: ids, edited: termsChanged || pagesMoved ? ids : Set(edited.map(\.id)))
        } else {
            fragments.forgetAll()
        }
        let jobs = affected.map(longestFirst) ?? renderer.allJobs
        let rendered = timings.measure(.render) { renderer.renderTimed(jobs) }
        for job in rendered { renderTimes[job.job] = job.nanoseconds }

        // What the render changes, read against the published state without touching it: the maps of
        // a large site are updated in place below, once the links hold, instead of being copied.
        let keeping = affected != nil
        var removed: Set<String> = keeping ? [] : Set(published?.files.keys ?? [:].keys)
        var renderedByPath: [String: OutputFile] = [:]
        var changedFiles: [OutputFile] = []
        var lostAnchors: [String: Set<String>?] = [:]
        for job in rendered {
            let paths = Set(job.files.map(\.path))
            if keeping {
                for path in published?.pathsByJob[job.job] ?? [] where !paths.contains(path) { removed.insert(path) }
            }
            for file in job.files {
                let before = published?.files[file.path]
                if before.map({ !$0.hasSameBytes(as: file) }) ?? true { changedFiles.append(file) }
                if let before, !before.anchors.isSubset(of: file.anchors) { lostAnchors[file.path] = before.anchors.subtracting(file.anchors) }
                renderedByPath[file.path] = file
            }
        }
        removed.subtract(renderedByPath.keys)
        // What went away: anchors by page, or a whole page (nil).
        let gone = lostAnchors.merging(removed.map { ($0, nil) }) { lost, _ in lost }

        let broken = timings.measure(.verify) {
            func current(_ path: String) -> OutputFile? {
                renderedByPath[path] ?? (keeping && !removed.contains(path) ? published?.files[path] : nil)
            }
            guard keeping else { return LinkVerifier.verify(Array(renderedByPath.values), anchorsOf: { current($0)?.anchors }) }
            let inRendered = LinkVerifier.verify(
                renderedByPath.values, earlier: { published?.files[$0.path]?.linkGroups }, gone: gone, anchorsOf: { current($0)?.anchors })
            // Links elsewhere can only break if a file or an anchor went away.
            guard !gone.isEmpty else { return inRendered }
            let unchanged = LinkVerifier.verifyUnchanged(
                published?.files.values ?? [:].values, skipping: { renderedByPath[$0] != nil || removed.contains($0) },
                gone: gone, anchorsOf: { current($0)?.anchors })
            return (inRendered + unchanged)
                .sorted { ($0.page, $0.href) < ($1.page, $1.href) }
        }
        guard broken.isEmpty else { return failed(report, broken: broken, timings: timings, superseded: superseded) }

        var files = keeping ? published?.files ?? [:] : [:]
        var pathsByJob = keeping ? published?.pathsByJob ?? [:] : [:]
        published = nil
        for path in removed { files[path] = nil }
        files.merge(renderedByPath) { _, new in new }
        for job in rendered {
            pathsByJob[job.job] = job.files.map(\.path)
            templatesByJob[job.job, default: []].formUnion(job.templates)
        }
        publishedTemplates = templates
        published = (report.knowledgeBase, renderer.index, files, pathsByJob)
        pending = []
        pendingBodiesOnly = true
        templatesPending = false
        return Update(
            report: report, brokenLinks: [], changed: changedFiles.sorted { $0.path < $1.path }, removed: removed.sorted(),
            site: files, renderedJobs: jobs.count, renderedEverything: affected == nil, timings: timings, superseded: superseded)
    }

    /// The jobs, other than `planned`, that rendered a changed template or have not been rendered yet,
    /// and the assets' job if an asset changed.
    private func jobsUsing(_ changes: (templates: Set<String>, assets: Bool), among all: [SiteRenderer.Job],
                           except planned: Set<SiteRenderer.Job>) -> [SiteRenderer.Job] {
        all.filter { job in
            guard !planned.contains(job) else { return false }
            if job == .shared(.assets) { return changes.assets }
            guard let used = templatesByJob[job] else { return true }
            return !used.isDisjoint(with: changes.templates)
        }
    }

    /// The jobs by how long they took last time, longest first; in their own order where that is the same.
    private func longestFirst(_ jobs: [SiteRenderer.Job]) -> [SiteRenderer.Job] {
        jobs.enumerated().sorted { a, b in
            let (timeA, timeB) = (renderTimes[a.element] ?? 0, renderTimes[b.element] ?? 0)
            return timeA != timeB ? timeA > timeB : a.offset < b.offset
        }.map(\.element)
    }

    /// The kept content with the changed files' new decodings in place, or nil when it does not hold
    /// what it should.
    private func patchedContent(replacing replaced: [(path: String, before: DecodedFile?, after: DecodedFile?)]) -> LoadedContent? {
        guard var content = loaded.take() else { return nil }
        for (path, before, after) in replaced {
            guard content.replace(before, with: after, path: path) else { return nil }
        }
        return content
    }

    /// What the last check found, for the rules to keep about the files that did not change since;
    /// nil when a guideline changed, since every file is checked against its guideline.
    private func earlierFindings(changing files: Set<String>, in knowledgeBase: KnowledgeBase) -> Checker.Earlier? {
        guard let last = lastCheck else { return nil }
        let guidelineFiles = Set((last.knowledgeBase.guidelines + knowledgeBase.guidelines).map(\.file))
        guard files.isDisjoint(with: guidelineFiles) else { return nil }
        return Checker.Earlier(results: last.findings, changedFiles: files, linkingFiles: linking(to: files, from: last.knowledgeBase, to: knowledgeBase))
    }

    /// The changed files and the files that link to an entry whose id, kind or anchors they changed,
    /// in either state of the base; nil when an id is held twice, and its links cannot be told apart.
    private func linking(to files: Set<String>, from old: KnowledgeBase, to new: KnowledgeBase) -> Set<String>? {
        let before = old.linkTargets(in: files), after = new.linkTargets(in: files)
        guard before != after else { return files }
        guard old.duplicatedIDs.isEmpty, new.duplicatedIDs.isEmpty else { return nil }
        var linking = files
        for id in Set(before.map(\.id) + after.map(\.id)) {
            for source in (old.backlinks[id] ?? []) + (new.backlinks[id] ?? []) {
                if let file = new.entry(source)?.file ?? old.entry(source)?.file { linking.insert(file) }
            }
        }
        return linking
    }

    /// How the pending files changed the defined terms: a guideline is told apart from nothing; a
    /// definition whose terms changed, came or went by its phrases, as they were and as they are.
    private func termChange(_ loaded: LoadedContent) -> Linker.Earlier.TermChange {
        let files = pending.sorted()
        guard !files.contains(where: { $0.hasSuffix("guideline.yaml") }) else { return .unknown }
        let before = PathOrder.items(in: published?.knowledgeBase.entries ?? [], at: files, path: \.file)
        let after = PathOrder.items(in: loaded.entries, at: files, path: \.file)
        guard !Linker.sameTerms(before, after) else { return .none }
        return .phrases((before + after).flatMap { $0.content.definition?.phrases ?? [] })
    }

    private func failed(_ report: CheckReport, broken: [LinkVerifier.BrokenLink] = [], timings: StageTimings, superseded: Superseded) -> Update {
        Update(report: report, brokenLinks: broken, changed: [], removed: [], site: [:], renderedJobs: 0,
               renderedEverything: false, timings: timings, superseded: superseded)
    }
}
