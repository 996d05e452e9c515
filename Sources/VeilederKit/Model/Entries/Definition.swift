/// A defined term. `forms` are the synonyms and inflected forms used for automatic linking.
public struct Definition: Sendable, Hashable {
    public let guideline: String
    public let term: String
    public let forms: [String]
    /// Other definitions to see («Kroniske korsryggsmerter: se Langvarige korsryggsmerter»).
    public let see: [EntryID]

    public init(guideline: String, term: String, forms: [String], see: [EntryID]) {
        self.guideline = guideline
        self.term = term
        self.forms = forms
        self.see = see
    }

    /// The term and every form: what automatic linking looks for.
    public var phrases: [String] { [term] + forms }
}
