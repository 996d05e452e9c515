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

    /// Puts a file's new decoding in place of its old one, where the old one sits in path order;
    /// false, and nothing changed, when the two differ in what they hold (an entry, a stub, a
    /// guideline, an editorial record, a source), so that the lists would change length.
    mutating func replace(_ before: DecodedFile, with after: DecodedFile, path: String) -> Bool {
        guard (before.entry == nil) == (after.entry == nil), (before.stub == nil) == (after.stub == nil),
              (before.guideline == nil) == (after.guideline == nil), (before.editorial == nil) == (after.editorial == nil),
              (before.source == nil) == (after.source == nil) else { return false }
        func position<Item>(in list: [Item], _ file: (Item) -> String) -> Int? {
            let index = PathOrder.firstIndex(in: list, notBefore: path, path: file)
            return index < list.endIndex && file(list[index]) == path ? index : nil
        }
        if let entry = after.entry {
            guard let index = position(in: entries, \.file) else { return false }
            entries[index] = entry
        }
        if let stub = after.stub {
            guard let index = position(in: stubs, \.file) else { return false }
            stubs[index] = stub
        }
        if let guideline = after.guideline {
            guard let index = position(in: guidelines, \.file) else { return false }
            guidelines[index] = guideline
        }
        if let record = after.editorial {
            guard let index = position(in: editorial, \.file) else { return false }
            editorial[index] = record
        }
        if let source = after.source {
            guard let index = position(in: sources, \.path) else { return false }
            sources[index] = source
        }
        if !before.diagnostics.isEmpty || !after.diagnostics.isEmpty {
            diagnostics.removeAll { $0.location.file == path }
            diagnostics += after.diagnostics
        }
        return true
    }
}
