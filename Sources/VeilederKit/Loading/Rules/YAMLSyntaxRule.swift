enum YAMLSyntaxRule {
    static let description = RuleDescription(
        id: "yaml-syntax", stage: .loading,
        summary: "Front matter er ikke gyldig YAML, eller en nøkkel står to ganger.",
        rationale: "Verktøyet kan ikke gjette hva som var ment; en feil her stopper hele oppføringen.",
        fixIt: "Sjekk innrykk, kolon etter hver nøkkel og at anførselstegn lukkes.",
        failing: .recommendation(replacing: "topic: Sengeleie", with: "topic: \"Sengeleie"),
        passing: .recommendation())
}
