struct WorkedExampleRule: CheckRule {
    static let description = RuleDescription(
        id: "worked-example",
        summary: "Et regneeksempel («examples») i et spørreskjema gir en annen skår eller et annet intervall enn skjemaets egen skåring.",
        rationale: "Eksemplene viser at skåringen gjør det retningslinjen sier; et eksempel som ikke stemmer, avslører en feil i skjemaet eller i eksemplet.",
        fixIt: "Regn eksemplet på nytt, eller rett skåringen («scoring») hvis den er feil.",
        failing: RuleExample(["korsrygg/skjema/rode-flagg.md": ExampleEntries.replacing(
            "score: \"1\", band: Røde flagg", with: "score: \"2\", band: Ingen røde flagg", in: ExampleEntries.questionnaire)]),
        passing: RuleExample(["korsrygg/skjema/rode-flagg.md": ExampleEntries.questionnaire]))

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.entries.flatMap { entry -> [Diagnostic] in
            guard let questionnaire = entry.content.questionnaire else { return [] }
            return questionnaire.examples.compactMap { example in
                let result: QuestionnaireScoring.Result
                do throws(QuestionnaireScoring.Failure) {
                    result = try QuestionnaireScoring.evaluate(questionnaire, answers: example.answers)
                } catch {
                    return finding(example.location, "Eksemplet kan ikke regnes ut: \(describe(error)).")
                }
                let computed = result.score.map(format) ?? "ingen skår"
                let band = result.band?.label ?? "intet intervall"
                guard result.score != example.score || band != example.band else { return nil }
                return finding(example.location,
                               "Eksemplet sier skår \(format(example.score)) og «\(example.band)», men skåringen gir \(computed) og «\(band)».")
            }
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }

    static func describe(_ error: QuestionnaireScoring.Failure) -> String {
        switch error {
        case .notScored: "skjemaet har ingen «scoring»"
        case .unknownItem(let id): "spørsmålet «\(id)» finnes ikke eller skåres ikke"
        case .invalidAnswer(let item, let answer): "«\(answer)» er ikke et gyldig svar på «\(item)»"
        }
    }
}
