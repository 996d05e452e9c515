import Testing
@testable import VeilederKit

@Suite struct QuestionnaireScoringTests {
    func questionnaire(
        _ items: [QuestionItem], method: ScoringMethod, reverse: [String] = [], maxMissing: Int = 0, bands: [Band] = []
    ) -> Questionnaire {
        Questionnaire(
            guideline: "korsrygg", title: "T", audience: "A", purpose: "P", owner: Questionnaire.guidelineOwner,
            items: items, sections: [],
            scoring: Scoring(method: method, reverseItems: reverse, maxMissing: maxMissing, bands: bands),
            examples: [], licence: nil)
    }

    func yesNo(_ id: String) -> QuestionItem { QuestionItem(id: id, text: id, answer: .jaNei, scale: nil, options: []) }
    let scale = QuestionItem(id: "smerte", text: "Smerte", answer: .skala, scale: Scale(min: 0, max: 10, minLabel: "Ingen", maxLabel: "Verst"), options: [])
    let choice = QuestionItem(id: "sovn", text: "Søvn", answer: .valg, scale: nil, options: [
        AnswerOption(id: "godt", label: "Godt", score: 0), AnswerOption(id: "middels", label: "Middels", score: 1), AnswerOption(id: "darlig", label: "Dårlig", score: 3),
    ])
    let bands = [
        Band(min: 0, max: 0, label: "Ingen", action: "", basis: "b"),
        Band(min: 1, max: 2, label: "Noen", action: "", basis: "b"),
        Band(min: 3, max: 99, label: "Mange", action: "", basis: "b"),
    ]

    @Test func countOfYesAndItsBandEdges() throws {
        let q = questionnaire([yesNo("a"), yesNo("b"), yesNo("c")], method: .antallJa, bands: bands)
        #expect(try QuestionnaireScoring.evaluate(q, answers: ["a": "nei", "b": "nei", "c": "nei"]).band?.label == "Ingen")
        #expect(try QuestionnaireScoring.evaluate(q, answers: ["a": "ja", "b": "nei", "c": "nei"]).band?.label == "Noen")
        let two = try QuestionnaireScoring.evaluate(q, answers: ["a": "ja", "b": "ja", "c": "nei"])
        #expect(two.score == 2 && two.band?.label == "Noen")
        let three = try QuestionnaireScoring.evaluate(q, answers: ["a": "ja", "b": "ja", "c": "ja"])
        #expect(three.score == 3 && three.band?.label == "Mange")
    }

    @Test func sumOfScaleAndChoiceWithAReversedItem() throws {
        let q = questionnaire([scale, choice], method: .sum, reverse: ["smerte"])
        // Reversed on 0–10: 7 counts as 3; «darlig» scores 3.
        #expect(try QuestionnaireScoring.evaluate(q, answers: ["smerte": "7", "sovn": "darlig"]).score == 6)
        #expect(try QuestionnaireScoring.evaluate(q, answers: ["smerte": "0", "sovn": "godt"]).score == 10)
    }

    @Test func percentOfMaximumOverTheAnsweredItems() throws {
        let q = questionnaire([scale, choice], method: .prosentAvMaks, maxMissing: 1)
        // 5 of 10 + 1 of 3 = 6 of 13 = 46,2 %.
        #expect(try QuestionnaireScoring.evaluate(q, answers: ["smerte": "5", "sovn": "middels"]).score == 46.2)
        // With one item missing, the maximum is that of the answered item only: 5 of 10.
        #expect(try QuestionnaireScoring.evaluate(q, answers: ["smerte": "5"]).score == 50)
    }

    @Test func tooManyMissingItemsGiveNoScore() throws {
        let q = questionnaire([yesNo("a"), yesNo("b"), yesNo("c")], method: .antallJa, maxMissing: 1, bands: bands)
        let one = try QuestionnaireScoring.evaluate(q, answers: ["a": "ja", "b": "ja"])
        #expect(one.score == 2 && one.missing == 1)
        let two = try QuestionnaireScoring.evaluate(q, answers: ["a": "ja"])
        #expect(two.score == nil && two.band == nil && two.missing == 2)
    }

    @Test func invalidAnswersAndUnknownItemsAreRefused() {
        let q = questionnaire([yesNo("a"), scale], method: .sum)
        #expect(throws: QuestionnaireScoring.Failure.invalidAnswer(item: "a", answer: "kanskje")) {
            try QuestionnaireScoring.evaluate(q, answers: ["a": "kanskje", "smerte": "1"])
        }
        #expect(throws: QuestionnaireScoring.Failure.invalidAnswer(item: "smerte", answer: "11")) {
            try QuestionnaireScoring.evaluate(q, answers: ["a": "ja", "smerte": "11"])
        }
        #expect(throws: QuestionnaireScoring.Failure.unknownItem("x")) {
            try QuestionnaireScoring.evaluate(q, answers: ["x": "ja"])
        }
    }
}
