struct UnlicensedInstrumentRule: CheckRule {
    static let description = RuleDescription(
        id: "unlicensed-instrument",
        summary: "Et spørreskjema som eies av andre enn retningslinjen («owner») har ingen «licence».",
        rationale: "Et instrument med egen eier kan ikke publiseres uten tillatelse; uten lisens blir det ikke publisert.",
        fixIt: "Skriv «licence: {holder, terms, modification-allowed, permission}» med tillatelsen, eller ikke ta med skjemaet.",
        failing: RuleExample(["korsrygg/skjema/rode-flagg.md": ExampleEntries.replacing(
            "owner: retningslinjen", with: "owner: Et forlag", in: ExampleEntries.questionnaire)]),
        passing: RuleExample(["korsrygg/skjema/rode-flagg.md": ExampleEntries.replacing(
            "owner: retningslinjen",
            with: "owner: Et forlag\nlicence: {holder: Et forlag, terms: Fri klinisk bruk, modification-allowed: nei, permission: Brev 2026-01-01}",
            in: ExampleEntries.questionnaire)]))

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.entries.compactMap { entry in
            guard let questionnaire = entry.content.questionnaire, !questionnaire.mayBePublished else { return nil }
            return finding(entry.locations["owner"], "«\(questionnaire.title)» eies av «\(questionnaire.owner)» og har ingen lisens; det blir ikke publisert.")
        }
    }
}
