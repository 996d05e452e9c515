/// The phase of the illness a recommendation concerns, or the prevention level in chapter 8.
public enum Phase: String, Vocabulary {
    case akutt, subakutt, langvarig, alle
    case ikkeOppgitt = "ikke-oppgitt"
    case primaerforebygging, sekundaerforebygging, tertiaerforebygging

    public static let vocabularyName = "fase"

    public var label: String {
        switch self {
        case .akutt: "Akutt"
        case .subakutt: "Subakutt"
        case .langvarig: "Langvarig"
        case .alle: "Alle faser"
        case .ikkeOppgitt: "Fase ikke oppgitt"
        case .primaerforebygging: "Primærforebygging"
        case .sekundaerforebygging: "Sekundærforebygging"
        case .tertiaerforebygging: "Tertiærforebygging"
        }
    }

    public var isPreventionLevel: Bool {
        [.primaerforebygging, .sekundaerforebygging, .tertiaerforebygging].contains(self)
    }
}
