enum UnknownKeyRule {
    static let description = RuleDescription(
        id: "unknown-key", stage: .loading,
        summary: "En nøkkel i front matter finnes ikke for denne typen oppføring.",
        rationale: "En feilstavet nøkkel blir ellers stille oversett, og verdien forsvinner fra nettsidene.",
        fixIt: "Rett stavemåten, eller fjern nøkkelen.",
        failing: .recommendation(replacing: "topic: Sengeleie", with: "topic: Sengeleie\ntopik: Sengeleie"),
        passing: .recommendation())
}
