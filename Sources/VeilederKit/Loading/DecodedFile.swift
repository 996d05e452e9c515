/// What loading made of one content file.
struct DecodedFile: Sendable {
    var entry: Entry?
    /// Id and kind of an entry that did not decode completely, so links to it still resolve.
    var stub: EntryStub?
    var guideline: Guideline?
    var editorial: EditorialRecord?
    var source: SourceFile?
    var diagnostics: [Diagnostic] = []

    /// Whether both are entry files with the same front matter, byte for byte: then everything
    /// decoded from it is the same, and only the body can differ.
    static func sameFrontMatter(_ a: DecodedFile?, _ b: DecodedFile?) -> Bool {
        guard let a, let b, a.entry != nil, b.entry != nil, let first = a.source, let second = b.source,
              case .success(let one) = FrontMatterSplitter.split(first), case .success(let other) = FrontMatterSplitter.split(second)
        else { return false }
        return one.yaml == other.yaml
    }
}

/// The id and kind of an entry whose file had errors.
public struct EntryStub: Sendable, Hashable {
    public let id: EntryID
    public let kind: EntryKind?
    public let file: String
}
