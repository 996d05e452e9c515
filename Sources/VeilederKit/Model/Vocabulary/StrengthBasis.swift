/// Where a recommendation's strength comes from.
public enum StrengthBasis: String, Vocabulary {
    /// Printed with the recommendation.
    case oppgitt
    /// Printed once for several recommendations («Samme styrke gjelder for …»); `from` names the one that states it.
    case arvet
    /// The source prints no strength.
    case ikkeOppgitt = "ikke-oppgitt"

    public static let vocabularyName = "grunnlag for styrke"

    public var label: String {
        switch self {
        case .oppgitt: "oppgitt i kilden"
        case .arvet: "arvet fra en annen anbefaling"
        case .ikkeOppgitt: "ikke oppgitt i kilden"
        }
    }
}
