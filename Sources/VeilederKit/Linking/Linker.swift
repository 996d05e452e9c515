/// Builds the knowledge base from loaded content: scans every body, assigns anchors, indexes terms,
/// and collects back-links and mentions. Unresolved links are left for the checking rules to report.
public enum Linker {
    /// What an earlier link found for files that have not changed since, so that an incremental build
    /// does not redo it: scanning is most of the linker's work, and a scan depends only on its entry.
    public struct Earlier: Sendable {
        /// Scans by file.
        var scans: [String: BodyScan] = [:]
        /// The definitions each file mentions; only valid while no definition or guideline changed.
        var mentions: [String: Set<EntryID>] = [:]

        public init() {}

        /// What `knowledgeBase` found, without the files in `changed`.
        init(_ knowledgeBase: KnowledgeBase, except changed: Set<String>, keepingMentions: Bool) {
            scans = knowledgeBase.scansByFile.filter { !changed.contains($0.key) }
            if keepingMentions { mentions = knowledgeBase.mentionsByFile.filter { !changed.contains($0.key) } }
        }
    }

    public static func link(_ content: LoadedContent, reusing earlier: Earlier = Earlier()) -> KnowledgeBase {
        let entries = content.entries
        // Terms link within their own guideline only: a neck-pain page must not link to a low-back definition.
        let definitionsByGuideline = Dictionary(grouping: entries.filter { $0.kind == .definition }) { $0.guideline ?? "" }
        let termIndexes = definitionsByGuideline.mapValues { definitions in
            TermIndex(definitions.compactMap { entry in entry.content.definition.map { (entry.id, $0.phrases) } })
        }
        let scans = entries.parallelMap { entry in
            earlier.scans[entry.file] ?? entry.markdownFields.reduce(into: BodyScanner.scan(entry.body, file: entry.file)) { scan, field in
                scan.merge(BodyScanner.scan(field, file: entry.file))
            }
        }
        var scansByFile: [String: BodyScan] = [:]
        for (entry, scan) in zip(entries, scans) { scansByFile[entry.file] = scan }
        var scansByID: [EntryID: BodyScan] = [:]
        var anchors: [EntryID: Set<String>] = [:]
        var headingAnchors: [EntryID: [String]] = [:]
        var backlinks: [EntryID: Set<EntryID>] = [:]
        for (entry, scan) in zip(entries, scans) where scansByID[entry.id] == nil {
            scansByID[entry.id] = scan
            let declared = declaredAnchors(of: entry)
            let headings = HeadingAnchors.assign(
                scan.headings.map(\.text), sections: entry.content.chapter?.sections ?? [], reserved: declared)
            headingAnchors[entry.id] = headings
            anchors[entry.id] = declared.union(headings)
            for link in scan.links {
                if case .entry(let target, _) = LinkReference(link.url), target != entry.id {
                    backlinks[target, default: []].insert(entry.id)
                }
            }
            for reference in entry.frontMatterReferences where reference.target != entry.id {
                backlinks[reference.target, default: []].insert(entry.id)
            }
        }

        var stubs: [EntryID: EntryStub] = [:]
        for stub in content.stubs where stubs[stub.id] == nil { stubs[stub.id] = stub }
        return KnowledgeBase(
            guidelines: content.guidelines, entries: entries, stubs: stubs, scans: scansByID, scansByFile: scansByFile,
            termIndexes: termIndexes, backlinks: backlinks.mapValues { $0.sorted() },
            anchors: anchors, headingAnchors: headingAnchors, mentionSeed: earlier.mentions)
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
