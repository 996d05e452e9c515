enum BadValueRule {
    static let description = RuleDescription(
        id: "bad-value", stage: .loading,
        summary: "En verdi er ikke blant de tillatte ordene, eller har feil form (tall, dato, liste).",
        rationale: "Retning, styrke, nivå og fase brukes til filtrering og merking; et ukjent ord kan ikke vises riktig.",
        fixIt: "Bruk en av de tillatte verdiene som meldingen lister opp.",
        failing: .recommendation(replacing: "direction: mot", with: "direction: imot"),
        passing: .recommendation())
}
