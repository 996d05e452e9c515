/// Builds the knowledge base from loaded content: scans every body, assigns anchors, indexes terms,
/// and collects back-links and mentions. Unresolved links are left for the checking rules to report.
public enum Linker {
    /// What an earlier link found for files that have not changed since, so that an incremental build
    /// does not redo it: scanning is most of the linker's work, and a scan depends only on its entry.
    public struct Earlier: Sendable {
        /// What each file yielded on its own, by file.
        private var files: [String: FileLinks] = [:]
        /// The definitions each file mentions; only valid while no definition or guideline changed.
        private var mentions: [String: Set<EntryID>] = [:]
        /// The term indexes; only valid while no definition or guideline changed.
        fileprivate var termIndexes: [String: TermIndex]?
        /// Files whose earlier results are stale. Kept as a set rather than filtered out of the
        /// dictionaries above, which hold every file of the base.
        private var changed: Set<String> = []

        public init() {}

        /// What `knowledgeBase` found, without the files in `changed`.
        init(_ knowledgeBase: KnowledgeBase, except changed: Set<String>, keepingTerms: Bool) {
            files = knowledgeBase.linksByFile
            self.changed = changed
            if keepingTerms {
                mentions = knowledgeBase.mentionsByFile
                termIndexes = knowledgeBase.termIndexes
            }
        }

        func links(of file: String) -> FileLinks? { changed.contains(file) ? nil : files[file] }

        /// The mentions of the unchanged files, to seed the next mention index.
        var unchangedMentions: [String: Set<EntryID>] {
            changed.isEmpty || mentions.isEmpty ? mentions : mentions.filter { !changed.contains($0.key) }
        }
    }

    public static func link(_ content: LoadedContent, reusing earlier: Earlier = Earlier()) -> KnowledgeBase {
        let entries = content.entries
        let termIndexes = earlier.termIndexes ?? Linker.termIndexes(entries)
        let files = entries.parallelMap { entry in earlier.links(of: entry.file) ?? FileLinks(entry) }
        var linksByFile: [String: FileLinks] = [:]
        linksByFile.reserveCapacity(entries.count)
        var scansByID: [EntryID: BodyScan] = [:]
        var anchors: [EntryID: Set<String>] = [:]
        var headingAnchors: [EntryID: [String]] = [:]
        var backlinks: [EntryID: Set<EntryID>] = [:]
        for (entry, links) in zip(entries, files) {
            linksByFile[entry.file] = links
            guard scansByID[entry.id] == nil else { continue }
            scansByID[entry.id] = links.scan
            headingAnchors[entry.id] = links.headingAnchors
            anchors[entry.id] = links.anchors
            for target in links.targets { backlinks[target, default: []].insert(entry.id) }
        }

        var stubs: [EntryID: EntryStub] = [:]
        for stub in content.stubs where stubs[stub.id] == nil { stubs[stub.id] = stub }
        return KnowledgeBase(
            guidelines: content.guidelines, entries: entries, stubs: stubs, scans: scansByID, linksByFile: linksByFile,
            termIndexes: termIndexes, backlinks: backlinks.mapValues { $0.sorted() },
            anchors: anchors, headingAnchors: headingAnchors, mentionSeed: earlier.unchangedMentions)
    }

    /// Terms link within their own guideline only: a neck-pain page must not link to a low-back definition.
    static func termIndexes(_ entries: [Entry]) -> [String: TermIndex] {
        let definitionsByGuideline = Dictionary(grouping: entries.filter { $0.kind == .definition }) { $0.guideline ?? "" }
        return definitionsByGuideline.mapValues { definitions in
            TermIndex(definitions.compactMap { entry in entry.content.definition.map { (entry.id, $0.phrases) } })
        }
    }
}

/// What linking finds in one file on its own — its scan, anchors and the entries it links to — kept so
/// that an incremental link redoes it only for the files that changed. A class: a base holds one per
/// file, and an incremental link passes them all on.
final class FileLinks: Sendable {
    let scan: BodyScan
    /// Body heading anchors in order.
    let headingAnchors: [String]
    /// Heading anchors and the anchors the front matter declares.
    let anchors: Set<String>
    /// Entries the body or the front matter links to, the entry itself excluded.
    let targets: [EntryID]

    init(_ entry: Entry) {
        scan = entry.markdownFields.reduce(into: BodyScanner.scan(entry.body, file: entry.file)) { scan, field in
            scan.merge(BodyScanner.scan(field, file: entry.file))
        }
        let declared = FileLinks.declaredAnchors(of: entry)
        headingAnchors = HeadingAnchors.assign(
            scan.headings.map(\.text), sections: entry.content.chapter?.sections ?? [], reserved: declared)
        anchors = declared.union(headingAnchors)
        var targets: [EntryID] = []
        for link in scan.links {
            if case .entry(let target, _) = LinkReference(link.url), target != entry.id { targets.append(target) }
        }
        targets += entry.frontMatterReferences.map(\.target).filter { $0 != entry.id }
        self.targets = targets
    }

    /// Anchors an entry declares in its front matter.
    static func declaredAnchors(of entry: Entry) -> Set<String> {
        switch entry.content {
        case .chapter(let chapter): Set(chapter.declaredAnchors)
        case .questionnaire(let questionnaire): Set(questionnaire.items.map(\.id) + questionnaire.sections.map(\.id))
        case .article(let article): Set(article.references.map { "ref-\($0.number)" })
        default: []
        }
    }
}
