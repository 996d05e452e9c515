import Testing
@testable import VeilederKit

/// What an editor is told when an entry names a guideline that is not there.
@Suite struct UnknownGuidelineTests {
    static let today = CalendarDate("2026-11-21")!

    func findings(_ files: [String: [UInt8]]) -> [Diagnostic] {
        Pipeline.check(files: files, today: Self.today).diagnostics.filter { $0.ruleID == "unknown-guideline" }
    }

    @Test func aMisspeltGuidelineIsToldTheKnownOnesAndTheClosest() throws {
        let example = RuleExample.recommendation(replacing: "guideline: korsrygg", with: "guideline: korsryg")
        let finding = try #require(findings(example.contentTree).first)
        #expect(finding.message == "Retningslinjen «korsryg» finnes ikke.")
        #expect(finding.fixIt == "Kjente retningslinjer: korsrygg. Mente du «korsrygg»?")
        #expect(finding.location.file == "korsrygg/anbefalinger/sengeleie-akutt.md" && finding.location.line > 1)
    }

    /// Without any guideline.yaml the list of known guidelines would be empty ("Kjente retningslinjer: .").
    @Test func withNoGuidelineAtAllTheEditorIsToldThatNoFolderHasOne() throws {
        let all = findings(RuleExample.recommendation().files)
        let finding = try #require(all.first)
        #expect(all.count == 1)
        #expect(finding.fixIt.contains("ingen mappe i den har en guideline.yaml"))
        #expect(finding.fixIt.contains("--content"))
        #expect(!finding.fixIt.contains("Kjente retningslinjer"))
    }
}
