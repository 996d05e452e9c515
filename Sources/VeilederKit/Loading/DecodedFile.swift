/// What loading made of one content file.
struct DecodedFile: Sendable {
    var entry: Entry?
    /// Id and kind of an entry that did not decode completely, so links to it still resolve.
    var stub: EntryStub?
    var guideline: Guideline?
    var editorial: EditorialRecord?
    var source: SourceFile?
    var diagnostics: [Diagnostic] = []
}

/// The id and kind of an entry whose file had errors.
public struct EntryStub: Sendable, Hashable {
    public let id: EntryID
    public let kind: EntryKind?
    public let file: String
}
