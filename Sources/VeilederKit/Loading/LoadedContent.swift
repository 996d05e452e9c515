/// Everything read from `content/`: typed entries and guidelines for the public pipeline, and, apart,
/// the editorial records and raw files that only checking may see.
public struct LoadedContent: Sendable {
    public var guidelines: [Guideline] = []
    public var entries: [Entry] = []
    public var stubs: [EntryStub] = []
    public var editorial: [EditorialRecord] = []
    public var sources: [SourceFile] = []
    public var diagnostics: [Diagnostic] = []
    /// How many files were read.
    public var fileCount = 0

    public init() {}

    mutating func add(_ file: DecodedFile) {
        if let guideline = file.guideline { guidelines.append(guideline) }
        if let entry = file.entry { entries.append(entry) }
        if let stub = file.stub { stubs.append(stub) }
        if let record = file.editorial { editorial.append(record) }
        if let source = file.source { sources.append(source) }
        diagnostics += file.diagnostics
    }

    /// Puts a file's new decoding in place of its old one, where the old one sits in path order.
    /// False when the two differ in what they hold (an entry, a stub, a guideline, an editorial
    /// record, a source), so that the lists would change length: the content must then be loaded again.
    mutating func replace(_ before: DecodedFile, with after: DecodedFile, path: String) -> Bool {
        guard (before.entry == nil) == (after.entry == nil), (before.stub == nil) == (after.stub == nil),
              (before.guideline == nil) == (after.guideline == nil), (before.editorial == nil) == (after.editorial == nil),
              (before.source == nil) == (after.source == nil) else { return false }
        func put<Item>(_ item: Item?, into list: inout [Item], _ file: (Item) -> String) -> Bool {
            guard let item else { return true }
            let index = PathOrder.firstIndex(in: list, notBefore: path, path: file)
            guard index < list.endIndex, file(list[index]) == path else { return false }
            list[index] = item
            return true
        }
        guard put(after.entry, into: &entries, \.file), put(after.stub, into: &stubs, \.file),
              put(after.guideline, into: &guidelines, \.file), put(after.editorial, into: &editorial, \.file),
              put(after.source, into: &sources, \.path) else { return false }
        if !before.diagnostics.isEmpty || !after.diagnostics.isEmpty {
            diagnostics.removeAll { $0.location.file == path }
            diagnostics += after.diagnostics
        }
        return true
    }
}
