/// What the rules read: the linked base, and — unlike rendering — the editorial records and raw files.
public struct CheckContext: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let editorial: [EditorialRecord]
    public let sources: [SourceFile]
    /// The date that date-dependent rules measure against (`--today`).
    public let today: CalendarDate?
    /// The files a rule scoped to files checks: all of them, or in an incremental check the changed ones.
    public let checked: CheckedFiles

    public init(knowledgeBase: KnowledgeBase, editorial: [EditorialRecord], sources: [SourceFile], today: CalendarDate?) {
        self.knowledgeBase = knowledgeBase
        self.editorial = editorial
        self.sources = sources
        self.today = today
        checked = CheckedFiles(entries: knowledgeBase.entries, recommendations: knowledgeBase.recommendations, sources: sources)
    }

    private init(_ context: CheckContext, checking checked: CheckedFiles) {
        knowledgeBase = context.knowledgeBase
        editorial = context.editorial
        sources = context.sources
        today = context.today
        self.checked = checked
    }

    /// The same base, with only these files to check for the rules scoped to files.
    func checking(only files: Set<String>) -> CheckContext {
        let sorted = files.sorted()
        return CheckContext(self, checking: CheckedFiles(
            entries: PathOrder.items(in: knowledgeBase.entries, at: sorted, path: \.file),
            recommendations: PathOrder.items(in: knowledgeBase.recommendations, at: sorted, path: \.entry.file),
            sources: PathOrder.items(in: sources, at: sorted, path: \.path)))
    }
}

/// The entries, recommendations and raw files of the files being checked, in path order.
public struct CheckedFiles: Sendable {
    public let entries: [Entry]
    public let recommendations: [(entry: Entry, recommendation: Recommendation)]
    public let sources: [SourceFile]
}
