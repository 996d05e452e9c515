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
}
