/// A key of the content contract, described once: the editors' reference, the JSON Schema and
/// `veileder new` are generated from these, and a test holds the loader to them.
public struct KeySpec: Sendable {
    public let name: String
    public let required: Bool
    public let value: ValueSpec
    /// One Norwegian sentence for editors.
    public let help: String
    /// What `veileder new` writes and the reference shows, in YAML.
    public let example: String

    public init(_ name: String, _ value: ValueSpec, required: Bool = true, help: String, example: String) {
        self.name = name
        self.required = required
        self.value = value
        self.help = help
        self.example = example
    }
}

public indirect enum ValueSpec: Sendable {
    /// Text, read as written.
    case text
    /// A whole number, written as text or a YAML number.
    case integer
    /// A number.
    case number
    /// `YYYY-MM-DD`, quoted.
    case date
    /// A section or chapter number such as «7.1.1», quoted so YAML does not read it as a number.
    case sectionNumber
    /// An entry id.
    case id
    /// One of the words of a vocabulary.
    case vocabulary(name: String, values: [String])
    case list(ValueSpec)
    case mapping([KeySpec])
    /// A mapping from ids to text (a worked example's answers).
    case textMapping
    /// A list of line spans «"1880-1885"».
    case lineSpans
    /// A list of lists of text (table rows).
    case rows
}

extension ValueSpec {
    static func vocabulary<V: Vocabulary>(_ type: V.Type) -> ValueSpec {
        .vocabulary(name: V.vocabularyName, values: V.allowedValues)
    }

    /// A Norwegian description of the value's form, for the reference.
    public var summary: String {
        switch self {
        case .text: "tekst"
        case .integer: "heltall"
        case .number: "tall"
        case .date: "dato «ÅÅÅÅ-MM-DD» i anførselstegn"
        case .sectionNumber: "avsnittsnummer i anførselstegn, for eksempel «\"7.1.1\"»"
        case .id: "id til en oppføring"
        case .vocabulary(_, let values): "ett av ordene " + values.map { "`\($0)`" }.joined(separator: ", ")
        case .list(let element): "liste med \(element.summary)"
        case .mapping: "samling nøkler (se under)"
        case .textMapping: "samling «id: svar»"
        case .lineSpans: "liste med linjespenn, for eksempel [\"1880-1885\"]"
        case .rows: "liste med rader; hver rad er en liste med celler"
        }
    }
}
