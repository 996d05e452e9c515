import Testing
@testable import VeilederKit

/// Which citations `citation-range` accepts: a number or a rising span within 1–353, spaces around
/// each number allowed.
@Suite struct CitationRangeTests {
    static func findings(_ citations: [String]) -> [Diagnostic] {
        let list = citations.map { "\"\($0)\"" }.joined(separator: ", ")
        let text = ExampleEntries.replacing("citations: [\"321\", \"119\"]", with: "citations: [\(list)]", in: ExampleEntries.recommendation)
        let report = Pipeline.check(files: ["korsrygg/anbefalinger/sengeleie-akutt.md": Array(text.utf8)], today: nil)
        return report.diagnostics.filter { $0.ruleID == "citation-range" }
    }

    @Test func numbersAndRisingSpansWithinTheListPass() {
        #expect(Self.findings(["1", "353", "104-106", " 12 ", "104 - 106"]).isEmpty)
    }

    @Test(arguments: ["0", "354", "106-104", "12-", "-12", "1-2-3", "12a", "", " ", "1 2"])
    func anythingElseIsReported(citation: String) {
        let findings = Self.findings(["321", citation])
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("«\(citation)»") == true)
    }
}
