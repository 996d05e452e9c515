import Foundation
import Testing
@testable import VeilederKit

@Suite struct FixtureTreeTests {
    static let today = CalendarDate("2026-11-21")!

    @Test func validTreeHasNoFindings() throws {
        let report = try Pipeline.check(contentRoot: TestPaths.fixtures.appendingPathComponent("valid"), today: Self.today)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { "\($0.location) \($0.message)" })")
        #expect(report.entryCount == 21)
    }

    /// One broken file per rule; `expected.txt` was written by reading each fixture, not by running the tool.
    @Test func invalidTreeGivesExactlyTheExpectedFindings() throws {
        let root = try Self.invalidTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try Pipeline.check(contentRoot: root, today: Self.today)
        let found = report.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.ruleID)" }.sorted()
        let expected = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("invalid/expected.txt"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init).sorted()
        #expect(found == expected)
        #expect(Set(report.diagnostics.map(\.ruleID)) == Set(RuleCatalog.all.map(\.id)), "every rule appears once in the tree")
    }

    @Test func checkExitsOneOnTheInvalidTreeAndZeroOnTheValidOne() throws {
        let root = try Self.invalidTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let invalid = try ProcessRunner.veileder(["check", "--content", root.path, "--today", "2026-11-21"])
        #expect(invalid.status == 1)
        #expect(invalid.standardOutput.hasSuffix("31 feil og 2 advarsler i 37 filer.\n"))
        let valid = try ProcessRunner.veileder(["check", "--content", "Tests/VeilederKitTests/Fixtures/valid", "--today", "2026-11-21"])
        #expect(valid.status == 0)
        #expect(valid.standardOutput == "Ingen funn i 22 filer.\n")
    }

    /// The committed invalid tree plus a generated file over the size limit (not committed: 1 MB).
    static func invalidTree() throws -> URL {
        let root = try TestPaths.temporaryDirectory()
        let source = TestPaths.fixtures.appendingPathComponent("invalid")
        for item in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        let large = "---\nkind: recommendation\n---\n" + String(repeating: "Tekst. ", count: 150_000)
        try Data(large.utf8).write(to: root.appendingPathComponent("korsrygg/anbefalinger/file-too-large.md"))
        return root
    }
}
