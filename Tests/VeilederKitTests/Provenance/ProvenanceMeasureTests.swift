import Foundation
import Testing
@testable import VeilederKit

@Suite struct ProvenanceMeasureTests {
    static let seed = """
        Sengeleie anbefales ikke (sterk grad)\t\tDet er meget god dokumentasjon for at sengeleie
        som terapi, men kan være nłdvendig \t\tav 2-7 dagers varighet gir en forverring.
        som smertelindring initialt. Inger kvalitetsstudier.
        """

    func measure(_ body: String, replacing pairs: [(String, String)] = []) throws -> ProvenanceScore {
        let seeds = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: seeds) }
        try Data(Self.seed.utf8).write(to: seeds.appendingPathComponent("002_a4bd0556ff58bc19.txt"))
        var text = ExampleEntries.replacing("[\"2153-2157\"]", with: "[\"1-3\"]", in: ExampleEntries.recommendation)
        text = text.components(separatedBy: "---\n").prefix(2).joined(separator: "---\n") + "---\n" + body
        for (old, new) in pairs { text = ExampleEntries.replacing(old, with: new, in: text) }
        let kb = Pipeline.check(files: RuleExample.recommendation(text).contentTree, today: nil).knowledgeBase
        return try #require(ProvenanceMeasure.measure(kb, seeds: seeds).first)
    }

    @Test func aFaithfulEntryIsFullyContained() throws {
        let score = try measure("""
            Sengeleie anbefales ikke (sterk grad) som terapi, men kan være nødvendig som smertelindring initialt.

            ## Dokumentasjon

            Det er meget god dokumentasjon for at sengeleie av 2–7 dagers varighet gir en forverring.
            """)
        #expect(score.containment == 1)
        #expect(score.missingPhrases.isEmpty)
    }

    @Test func aParaphraseFallsBelowTheThreshold() throws {
        let score = try measure("Pasienten bør ligge minst mulig i sengen, selv om det kan lindre smerten de første dagene.\n")
        #expect(score.containment < ProvenanceReport.defaultThreshold)
    }

    @Test func correctionsAreAppliedToTheSourceBeforeComparing() throws {
        let without = try measure("Ingen kvalitetsstudier.\n")
        #expect(without.containment < 1)
        let with = try measure("Ingen kvalitetsstudier.\n", replacing: [
            ("source:", "corrections: [{from: \"Inger kvalitetsstudier\", to: \"Ingen kvalitetsstudier\"}]\nsource:"),
        ])
        #expect(with.containment == 1)
    }

    @Test func aPhraseNotInTheSpanIsReported() throws {
        let score = try measure("Sengeleie anbefales ikke som terapi.\n", replacing: [("as-written: \"sterk grad\"", "as-written: \"moderat grad\"")])
        #expect(score.missingPhrases == ["strength.as-written «moderat grad»"])
    }

    @Test func linesOutsideTheDocumentAreReported() throws {
        let score = try measure("Sengeleie anbefales ikke som terapi.\n", replacing: [("[\"1-3\"]", "[\"1-30\"]")])
        #expect(score.spanProblems == ["linje 1-30 finnes ikke"])
    }
}
