/// The linked, public knowledge base: entries and guidelines, each body's scan, anchors, back-links and
/// the term index. This is all that rendering receives; it holds no review notes.
public struct KnowledgeBase: Sendable {
    public let guidelines: [Guideline]
    /// Every decoded entry in path order (duplicates included, so a rule can find them).
    public let entries: [Entry]
    /// Entries that failed to decode: links to them resolve, nothing else is known.
    public let stubs: [EntryID: EntryStub]
    public let scans: [EntryID: BodyScan]
    /// What linking found in each file, duplicates included, for the next incremental link.
    let linksByFile: [String: FileLinks]
    /// Guideline id → the index of its defined terms.
    public let termIndexes: [String: TermIndex]
    /// Target → the entries that link to it explicitly, sorted.
    public let backlinks: [EntryID: [EntryID]]
    /// Definition → the entries whose running text mentions it, sorted. Found on first use (only
    /// pages and one warning need it), on all cores, and kept.
    public var mentions: [EntryID: [EntryID]] { mentionIndex.value(self) }
    /// The definitions each file mentions, to seed the next incremental link.
    var mentionsByFile: [String: Set<EntryID>] { mentionIndex.byFile(self) }
    private let mentionIndex: MentionIndex
    private let indexByID: [EntryID: Int]
    private let anchorsByID: [EntryID: Set<String>]
    /// Body heading anchors in order, per entry.
    public let headingAnchors: [EntryID: [String]]

    init(
        guidelines: [Guideline], entries: [Entry], stubs: [EntryID: EntryStub], scans: [EntryID: BodyScan],
        linksByFile: [String: FileLinks], termIndexes: [String: TermIndex], backlinks: [EntryID: [EntryID]],
        anchors: [EntryID: Set<String>], headingAnchors: [EntryID: [String]], mentionSeed: [String: Set<EntryID>] = [:]
    ) {
        self.mentionIndex = MentionIndex(seed: mentionSeed)
        self.guidelines = guidelines
        self.entries = entries
        self.stubs = stubs
        self.scans = scans
        self.linksByFile = linksByFile
        self.termIndexes = termIndexes
        self.backlinks = backlinks
        self.anchorsByID = anchors
        self.headingAnchors = headingAnchors
        var index: [EntryID: Int] = [:]
        for (position, entry) in entries.enumerated() where index[entry.id] == nil { index[entry.id] = position }
        self.indexByID = index
        self.recommendations = entries.compactMap { entry in entry.content.recommendation.map { (entry, $0) } }
    }

    public func entry(_ id: EntryID) -> Entry? { indexByID[id].map { entries[$0] } }
    public func hasEntry(_ id: EntryID) -> Bool { indexByID[id] != nil || stubs[id] != nil }
    public func kind(of id: EntryID) -> EntryKind? { entry(id)?.kind ?? stubs[id]?.kind }
    public func anchors(of id: EntryID) -> Set<String> { anchorsByID[id] ?? [] }
    public func guideline(_ id: String) -> Guideline? { guidelines.first { $0.id == id } }

    /// The recommendations in path order, with their fields unwrapped; many pages and rules need them.
    public let recommendations: [(entry: Entry, recommendation: Recommendation)]
}
