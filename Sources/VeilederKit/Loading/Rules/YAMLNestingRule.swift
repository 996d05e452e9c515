enum YAMLNestingRule {
    static let description = RuleDescription(
        id: "yaml-nesting", stage: .loading,
        summary: "Front matter er nestet dypere enn 12 nivåer.",
        rationale: "Ingen oppføringstype trenger så dyp nesting; det skyldes nesten alltid feil innrykk eller klammer.",
        fixIt: "Rett innrykket eller fjern overflødige klammer.",
        failing: .recommendation(replacing: "citations: [\"321\", \"119\"]",
                                 with: "citations: \(String(repeating: "[", count: 20))\(String(repeating: "]", count: 20))"),
        passing: .recommendation())
}
