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

    /// Puts a file's new decoding in place of its old one, where the old one sits in path order; nil for
    /// a file that came or went. False when the content does not hold the old decoding where it should
    /// (it must then be loaded again).
    mutating func replace(_ before: DecodedFile?, with after: DecodedFile?, path: String) -> Bool {
        func put<Item>(_ old: Item?, _ new: Item?, in list: inout [Item], _ file: (Item) -> String) -> Bool {
            let index = PathOrder.firstIndex(in: list, notBefore: path, path: file)
            let holds = index < list.endIndex && file(list[index]) == path
            guard holds == (old != nil) else { return false }
            switch (holds, new) {
            case (true, let new?): list[index] = new
            case (true, nil): list.remove(at: index)
            case (false, let new?): list.insert(new, at: index)
            case (false, nil): break
            }
            return true
        }
        guard put(before?.entry, after?.entry, in: &entries, \.file), put(before?.stub, after?.stub, in: &stubs, \.file),
              put(before?.guideline, after?.guideline, in: &guidelines, \.file),
              put(before?.editorial, after?.editorial, in: &editorial, \.file),
              put(before?.source, after?.source, in: &sources, \.path) else { return false }
        if before?.diagnostics.isEmpty == false || after?.diagnostics.isEmpty == false {
            diagnostics.removeAll { $0.location.file == path }
            diagnostics += after?.diagnostics ?? []
        }
        fileCount += (after == nil ? 0 : 1) - (before == nil ? 0 : 1)
        return true
    }
}
