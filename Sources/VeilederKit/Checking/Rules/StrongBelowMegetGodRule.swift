struct StrongBelowMegetGodRule: CheckRule {
    static let description = RuleDescription(
        id: "strong-below-meget-god",
        summary: "En anbefaling i sterk grad har et oppgitt nivå under *** (god eller manglende) og ingen «reason».",
        rationale: "Tabell 1 sier at sterk grad bygger på meget god dokumentasjon; der kilden likevel gir sterk grad, skal begrunnelsen stå, eller det skal stå at kilden ikke gir noen.",
        fixIt: "Skriv «reason:» med kildens begrunnelse ordrett, eller «reason: ikke-oppgitt-i-kilden».",
        failing: .recommendation(replacing: "level: ikke-oppgitt", with: "level: god"),
        passing: .recommendation(replacing: "level: ikke-oppgitt", with: "level: god\nreason: ikke-oppgitt-i-kilden"))

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.recommendations.compactMap { entry, recommendation in
            let level = recommendation.evidence.level
            guard recommendation.strength.grades.contains(.sterk), level != .ikkeOppgitt, level < .meget,
                  recommendation.reason == nil else { return nil }
            return finding(entry.locations["evidence.level"],
                           "Sterk grad med nivå «\(level.rawValue)» (\(level.stars ?? "")), men ingen begrunnelse.")
        }
    }
}
