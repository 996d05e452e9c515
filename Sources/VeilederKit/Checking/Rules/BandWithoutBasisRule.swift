struct BandWithoutBasisRule: CheckRule {
    static let description = RuleDescription(
        id: "band-without-basis",
        summary: "Et tolkningsintervall («bands») i et spørreskjema mangler «basis».",
        rationale: "En terskel som ikke står i retningslinjen, er en ny medisinsk påstand; hvert intervall må sitere det retningslinjen sier.",
        fixIt: "Skriv «basis:» med retningslinjens egne ord for intervallet, eller fjern intervallet.",
        failing: RuleExample(["korsrygg/skjema/rode-flagg.md": ExampleEntries.replacing(
            ", basis: \"Røde flagg er varselfaktorer\"", with: "", in: ExampleEntries.questionnaire)]),
        passing: RuleExample(["korsrygg/skjema/rode-flagg.md": ExampleEntries.questionnaire]))

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.entries.flatMap { entry -> [Diagnostic] in
            guard let scoring = entry.content.questionnaire?.scoring else { return [] }
            return scoring.bands.enumerated().compactMap { index, band in
                band.basis?.isEmpty == false ? nil
                    : finding(entry.locations["scoring.bands.\(index)"], "Intervallet «\(band.label)» har ingen «basis» fra retningslinjen.")
            }
        }
    }
}
