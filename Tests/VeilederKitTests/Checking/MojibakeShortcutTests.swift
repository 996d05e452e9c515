import Foundation
import Testing
@testable import VeilederKit

/// `MojibakeRule` reads a line on Characters only where its scalars say it may hold a finding.
@Suite struct MojibakeShortcutTests {
    @Test(arguments: [
        ("feber over 38” er et rødt flagg", ["8”"]),
        ("x²” står for noe annet", ["²”"]),
        ("han sa «nei” og gikk", []),
        ("«Ryggen er sterk”, står det", []),
        ("nłdvendig som GrØnne flagg", ["ł", "rØn"]),
        ("Øn gang til", ["Øn"]),
        ("Smerter i korsryggen – vanlig og ufarlig", []),
    ])
    func findingsAreThoseTheCharactersShow(line: String, expected: [String]) {
        #expect(MojibakeRule.problems(in: line[...]).map(\.1) == expected)
        #expect(MojibakeRule.characterProblems(in: line[...]).map(\.1) == expected)
    }

    /// Every line of the real content, with a ” put after each character in turn where it has one:
    /// wherever the Characters show a finding, the scalars let them be read.
    @Test func theScalarsNeverHideAFindingInTheContent() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("content")
        var lines = 0
        for path in try ContentLoader.contentFiles(under: folder) {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            for line in text.split(separator: "\n") {
                lines += 1
                #expect(MojibakeRule.problems(in: line).map(\.1) == MojibakeRule.characterProblems(in: line).map(\.1), "\(path): \(line)")
            }
        }
        var quoted = 0
        for sample in ["38 og 40", "x² y½ z", "a\u{0301} b", "«sitat» 2"] {
            for index in sample.indices {
                let line = sample[...index] + "”" + sample[sample.index(after: index)...]
                quoted += MojibakeRule.characterProblems(in: line[...]).isEmpty ? 0 : 1
                #expect(MojibakeRule.problems(in: line[...]).map(\.1) == MojibakeRule.characterProblems(in: line[...]).map(\.1), "\(line)")
            }
        }
        #expect(lines > 5_000)
        #expect(quoted >= 5)
    }
}
