/// Whether a printed star is paired with its recommendation with certainty.
public enum Pairing: String, Vocabulary {
    case sikker, usikker

    public static let vocabularyName = "sammenkobling av nivå"

    public var label: String {
        switch self {
        case .sikker: "sikker"
        case .usikker: "usikker sammenkobling med nivået i kilden"
        }
    }
}
