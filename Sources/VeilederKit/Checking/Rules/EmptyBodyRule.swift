import Foundation

struct EmptyBodyRule: CheckRule {
    static let description = RuleDescription(
        id: "empty-body",
        summary: "Oppføringen har ingen tekst etter front matter.",
        rationale: "En anbefaling, definisjon eller et kapittel uten tekst blir en tom side.",
        fixIt: "Skriv teksten fra kilden under den avsluttende «---».",
        failing: .recommendation(ExampleEntries.recommendation.components(separatedBy: "---\n").prefix(2).joined(separator: "---\n") + "---\n\n"),
        passing: .recommendation())

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.entries.compactMap { entry in
            guard entry.kind != .questionnaire, entry.body.isBlank else { return nil }
            return finding(SourceLocation(file: entry.file, line: entry.body.firstLine), "«\(entry.id)» har ingen tekst.")
        }
    }
}
