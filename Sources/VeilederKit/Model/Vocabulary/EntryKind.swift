public enum EntryKind: String, Vocabulary {
    case recommendation, definition, category, questionnaire, brochure, chapter, article

    public static let vocabularyName = "type oppføring"

    public var label: String {
        switch self {
        case .recommendation: "anbefaling"
        case .definition: "definisjon"
        case .category: "diagnostisk kategori"
        case .questionnaire: "spørreskjema"
        case .brochure: "brosjyredel"
        case .chapter: "kapittel"
        case .article: "artikkel"
        }
    }
}
