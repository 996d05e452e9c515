enum FileTooLargeRule {
    static let description = RuleDescription(
        id: "file-too-large", stage: .loading,
        summary: "Filen er større enn 1 MB, eller front matter er større enn 64 kB.",
        rationale: "En oppføring er én anbefaling eller ett kapittel; en så stor fil er nesten alltid limt inn ved en feil.",
        fixIt: "Del teksten opp i flere oppføringer, eller fjern det som ble limt inn ved en feil.",
        failing: .recommendation(ExampleEntries.recommendation + String(repeating: "Tekst. ", count: 150_000)),
        passing: .recommendation())
}
