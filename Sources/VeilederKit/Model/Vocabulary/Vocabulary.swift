/// A closed set of words an editor may write for a key. Values are the guideline's own Norwegian words.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// A Norwegian description of what the words name, used in diagnostics ("evidensnivå").
    static var vocabularyName: String { get }
    /// How the value reads on a page.
    var label: String { get }
}

extension Vocabulary {
    public static var allowedValues: [String] { allCases.map(\.rawValue) }
}
