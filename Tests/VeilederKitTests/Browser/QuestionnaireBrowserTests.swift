import Foundation
import Testing
@testable import VeilederKit

/// A questionnaire opened from `file://` with answers in the URL fragment: the page computes the
/// score and band with the same definition the checker uses.
@Suite(.serialized, .enabled(if: Chromium.shouldRun, "Chromium is not installed: browser tests skipped"))
struct QuestionnaireBrowserTests {
    func scoreAndBand(_ path: String, fragment: String) throws -> (score: String, band: String) {
        var url = BuiltSite.url(path)
        url = URL(string: url.absoluteString + "#" + fragment)!
        let dom = try Chromium.dumpDOM(url)
        let score = dom.components(separatedBy: "<output id=\"skar\" for=\"skjema\">").dropFirst().first?.components(separatedBy: "</output>").first ?? ""
        let band = dom.components(separatedBy: "<p id=\"intervall\">").dropFirst().first?.components(separatedBy: "</p>").first ?? ""
        return (score, band)
    }

    @Test func theRedFlagPageScoresTheAnswersInTheFragment() throws {
        let kb = try Pipeline.check(contentRoot: TestPaths.content, today: nil).knowledgeBase
        let questionnaire = try #require(kb.entry("rode-flagg")?.content.questionnaire)
        let expected = try QuestionnaireScoring.evaluate(questionnaire, answers: ["debut-alder": "ja", "hoy-sr": "ja", "deformitet": "nei"])
        #expect(expected.score == 2)
        let page = try scoreAndBand("skjema/rode-flagg.html", fragment: "svar=debut-alder:ja,deformitet:nei,hoy-sr:ja")
        #expect(page.score == "2 (3 av 7 besvart)")
        #expect(page.band.hasPrefix(try #require(expected.band?.label)))
    }

    @Test func noYesGivesNoBandAndACaudaEquinaYesIsAnEmergency() throws {
        let none = try scoreAndBand("skjema/rode-flagg.html", fragment: "svar=debut-alder:nei,konstante-smerter:nei")
        #expect(none.score == "0 (2 av 7 besvart)")
        #expect(none.band == "Retningslinjen gir ingen grense for dette resultatet.")
        let emergency = try scoreAndBand("skjema/cauda-equina.html", fragment: "svar=urinretensjon:ja")
        #expect(emergency.band.contains("Øyeblikkelig hjelp"))
    }

    @Test func aFreeTextFieldIsNeverPutInTheAddress() throws {
        let html = try String(contentsOf: BuiltSite.url("skjema/nakke-kartlegging.html"), encoding: .utf8)
        #expect(html.contains("<textarea"))
        #expect(!html.contains("id=\"skaring\""), "a free-text questionnaire has no scoring script")
        let scored = try String(contentsOf: BuiltSite.url("skjema/rode-flagg.html"), encoding: .utf8)
        #expect(scored.contains("Navn, dato og fritekst lagres aldri"))
        #expect(scored.contains("class=\"kun-papir\">Navn:"))
    }
}
