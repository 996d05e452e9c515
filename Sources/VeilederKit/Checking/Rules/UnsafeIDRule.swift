struct UnsafeIDRule: CheckRule {
    static let description = RuleDescription(
        id: "unsafe-id",
        summary: "En id inneholder annet enn små bokstaver a–z, tall og enkle bindestreker.",
        rationale: "Id-en blir et filnavn og en del av adressen; æ, ø, å, mellomrom og store bokstaver gir lenker som brytes på noen maskiner.",
        fixIt: "Skriv id-en med a–z, 0–9 og bindestrek, for eksempel «sengeleie-akutt» (æ → ae, ø → o, å → a).",
        failing: .recommendation(replacing: "id: sengeleie-akutt", with: "id: Sengeleie_akutt"),
        passing: .recommendation())

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.entries.filter { !$0.id.isSafe }.map { entry in
            finding(entry.locations.origin, "Id-en «\(entry.id)» kan ikke brukes som filnavn.",
                    fixIt: "Skriv for eksempel «id: \(HeadingAnchors.slug(entry.id.rawValue))».")
        }
    }
}
