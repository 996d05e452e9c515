import Foundation
import Testing
@testable import VeilederKit

/// Every transcribed entry of the real content, held against `../shared/seeds/` (present in CI).
@Suite struct ContentProvenanceTests {
    static var seedsPresent: Bool { FileManager.default.fileExists(atPath: TestPaths.seeds.path) }

    @Test(.enabled(if: seedsPresent, "../shared/seeds/ is absent: the provenance test is skipped"))
    func everyTranscribedEntryIsFoundInItsSource() throws {
        let kb = try Pipeline.check(contentRoot: TestPaths.content, today: nil).knowledgeBase
        let report = ProvenanceReport(scores: ProvenanceMeasure.measure(kb, seeds: TestPaths.seeds))
        print(report.text(weakest: 10))
        #expect(report.failures.isEmpty, "\(report.failures.map { "\($0.file) \($0.containment) \($0.missingPhrases)" })")
    }
}
