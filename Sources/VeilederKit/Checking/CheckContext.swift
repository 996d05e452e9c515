/// What the rules read: the linked base, and — unlike rendering — the editorial records and raw files.
public struct CheckContext: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let editorial: [EditorialRecord]
    public let sources: [SourceFile]
    /// The date that date-dependent rules measure against (`--today`).
    public let today: CalendarDate?

    public init(knowledgeBase: KnowledgeBase, editorial: [EditorialRecord], sources: [SourceFile], today: CalendarDate?) {
        self.knowledgeBase = knowledgeBase
        self.editorial = editorial
        self.sources = sources
        self.today = today
    }
}
