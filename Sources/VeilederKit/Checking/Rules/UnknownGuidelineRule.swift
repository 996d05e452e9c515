struct UnknownGuidelineRule: CheckRule {
    static let description = RuleDescription(
        id: "unknown-guideline",
        summary: "Nøkkelen «guideline» viser til en retningslinje som ikke finnes i content/.",
        rationale: "Hver oppføring hører til en retningslinje; uten den kan verken seksjon eller banner vises.",
        fixIt: "Skriv kortnavnet til en retningslinje som har en guideline.yaml, for eksempel «guideline: korsrygg».",
        failing: .recommendation(replacing: "guideline: korsrygg", with: "guideline: korsryg"),
        passing: .recommendation())

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        let known = Set(context.knowledgeBase.guidelines.map(\.id))
        return context.checked.entries.compactMap { entry in
            guard let guideline = entry.guideline, !known.contains(guideline) else { return nil }
            return finding(entry.locations["guideline"], "Retningslinjen «\(guideline)» finnes ikke.", fixIt: fixIt(for: guideline, known: known))
        }
    }

    /// The guidelines there are and the closest of them, or, when there is none, what that means:
    /// no folder has a guideline.yaml, as when the build is pointed at the wrong folder.
    static func fixIt(for guideline: String, known: Set<String>) -> String {
        guard !known.isEmpty else {
            return "Innholdsmappen har ingen retningslinje: ingen mappe i den har en guideline.yaml. Er det riktig mappe (--content)?"
        }
        let suggestion = Suggestion.closest(to: guideline, among: known.sorted()).map { " Mente du «\($0)»?" } ?? ""
        return "Kjente retningslinjer: \(known.sorted().joined(separator: ", ")).\(suggestion)"
    }
}
