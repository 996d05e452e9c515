public enum BrochureStatus: String, Vocabulary {
    case utkast, godkjent

    public static let vocabularyName = "status for brosjyredel"

    public var label: String {
        switch self {
        case .utkast: "Utkast – ikke godkjent av fagperson"
        case .godkjent: "Godkjent"
        }
    }
}
