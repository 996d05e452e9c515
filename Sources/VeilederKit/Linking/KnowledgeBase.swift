/// The linked, public knowledge base: entries and guidelines, each body's scan, anchors, back-links and
/// the term index. This is all that rendering receives; it holds no review notes.
public struct KnowledgeBase: Sendable {
    public let guidelines: [Guideline]
    /// Every decoded entry in path order (duplicates included, so a rule can find them).
    public let entries: [Entry]
    /// Entries that failed to decode: links to them resolve, nothing else is known.
    public let stubs: [EntryID: EntryStub]
    /// What linking found in each file, duplicates included, for the next incremental link.
    let linksByFile: [String: FileLinks]
    /// What linking found for each id, in the first file that has it.
    let linksByID: [EntryID: FileLinks]
    /// Guideline id → the index of its defined terms.
    public let termIndexes: [String: TermIndex]
    /// Target → the entries that link to it explicitly, sorted.
    public let backlinks: [EntryID: [EntryID]]
    /// Definition → the entries whose running text mentions it, sorted. Found on first use (only
    /// pages and one warning need it; rendering asks before its jobs start), on all cores, and kept.
    public var mentions: [EntryID: [EntryID]] { mentionIndex.value(self) }
    /// The definitions each file mentions, to seed the next incremental link.
    var mentionsByFile: [String: Set<EntryID>] { mentionIndex.byFile(self) }
    let mentionIndex: MentionIndex
    let indexByID: [EntryID: Int]
    /// Ids that more than one entry has.
    let duplicatedIDs: Set<EntryID>

    init(
        guidelines: [Guideline], entries: [Entry], stubs: [EntryID: EntryStub], linksByFile: [String: FileLinks],
        linksByID: [EntryID: FileLinks], termIndexes: [String: TermIndex], backlinks: [EntryID: [EntryID]],
        mentionSeed: [String: Set<EntryID>] = [:]
    ) {
        var index: [EntryID: Int] = [:]
        var duplicated: Set<EntryID> = []
        for (position, entry) in entries.enumerated() {
            if index[entry.id] == nil { index[entry.id] = position } else { duplicated.insert(entry.id) }
        }
        self.init(
            guidelines: guidelines, entries: entries, stubs: stubs, linksByFile: linksByFile, linksByID: linksByID,
            termIndexes: termIndexes, backlinks: backlinks, mentionIndex: MentionIndex(seed: mentionSeed),
            indexByID: index, duplicatedIDs: duplicated)
    }

    /// Every field given, as a patched link makes the base.
    init(
        guidelines: [Guideline], entries: [Entry], stubs: [EntryID: EntryStub], linksByFile: [String: FileLinks],
        linksByID: [EntryID: FileLinks], termIndexes: [String: TermIndex], backlinks: [EntryID: [EntryID]],
        mentionIndex: MentionIndex, indexByID: [EntryID: Int], duplicatedIDs: Set<EntryID>
    ) {
        self.mentionIndex = mentionIndex
        self.guidelines = guidelines
        self.entries = entries
        self.stubs = stubs
        self.linksByFile = linksByFile
        self.linksByID = linksByID
        self.termIndexes = termIndexes
        self.backlinks = backlinks
        self.indexByID = indexByID
        self.duplicatedIDs = duplicatedIDs
        self.recommendations = entries.compactMap { entry in entry.content.recommendation.map { (entry, $0) } }
    }

    /// The scan of this entry's own file (`scans` holds the first file of an id seen twice).
    public func scan(of entry: Entry) -> BodyScan? { linksByFile[entry.file]?.scan }
    public func entry(_ id: EntryID) -> Entry? { indexByID[id].map { entries[$0] } }
    public func hasEntry(_ id: EntryID) -> Bool { indexByID[id] != nil || stubs[id] != nil }
    public func kind(of id: EntryID) -> EntryKind? { entry(id)?.kind ?? stubs[id]?.kind }
    public func anchors(of id: EntryID) -> Set<String> { linksByID[id]?.anchors ?? [] }
    /// The scan of the first file with this id.
    public func scan(_ id: EntryID) -> BodyScan? { linksByID[id]?.scan }
    /// Body heading anchors in order.
    public func headingAnchors(of id: EntryID) -> [String] { linksByID[id]?.headingAnchors ?? [] }
    public func guideline(_ id: String) -> Guideline? { guidelines.first { $0.id == id } }

    /// The recommendations in path order, with their fields unwrapped; many pages and rules need them.
    public let recommendations: [(entry: Entry, recommendation: Recommendation)]

    /// What links into these files can resolve to: the ids, kinds and anchors of their entries and
    /// of the entries that failed to decode, in path order.
    func linkTargets(in files: Set<String>) -> [LinkTarget] {
        let fromEntries = PathOrder.items(in: entries, at: files.sorted(), path: \.file).map {
            LinkTarget(file: $0.file, id: $0.id, kind: $0.kind, anchors: linksByFile[$0.file]?.anchors ?? [])
        }
        let fromStubs = stubs.values.filter { files.contains($0.file) }.map { LinkTarget(file: $0.file, id: $0.id, kind: $0.kind, anchors: []) }
        return (fromEntries + fromStubs).sorted { ($0.file, $0.id) < ($1.file, $1.id) }
    }

    struct LinkTarget: Hashable {
        let file: String
        let id: EntryID
        let kind: EntryKind?
        let anchors: Set<String>
    }
}
