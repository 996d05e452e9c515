import Mustache

/// How a recommendation reads in words, for its page, tables and badges; never by colour alone.
struct RecommendationSummary: MustacheParent {
    let direction: String
    let directionClass: String
    let symbol: String
    let strength: String
    let evidence: String
    let stars: String?
    let evidenceMissing: Bool

    init(_ recommendation: Recommendation) {
        direction = recommendation.direction.label
        directionClass = recommendation.direction.rawValue
        symbol = switch recommendation.direction {
        case .for: "▲"
        case .mot: "▼"
        case .ikkeGrunnlag: "◆"
        case .uklar: "?"
        }
        let grades = recommendation.strength.grades
        strength = grades.isEmpty
            ? "Styrke ikke oppgitt i kilden"
            : (grades.count == 1 ? grades[0].label : grades.map(\.rawValue).joined(separator: "/") + " grad")
                .capitalizedFirst
        evidence = recommendation.evidence.level == .ikkeOppgitt ? "Ikke oppgitt i kilden" : recommendation.evidence.level.label
        stars = recommendation.evidence.level.stars
        evidenceMissing = recommendation.evidence.level == .ikkeOppgitt
    }

    /// Made for every recommendation on several pages, so it answers the templates' key lookups
    /// itself (`TemplateViewTests` checks it answers every field).
    func child(named name: String) -> Any? {
        switch name {
        case "direction": direction
        case "directionClass": directionClass
        case "symbol": symbol
        case "strength": strength
        case "evidence": evidence
        case "stars": stars
        case "evidenceMissing": evidenceMissing
        default: nil
        }
    }

    /// «Anbefales ikke – sterk grad», for a title attribute or a screen reader.
    var sentence: String { "\(direction) – \(strength.lowercasedFirst)" }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
