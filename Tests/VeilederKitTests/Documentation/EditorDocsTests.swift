import Foundation
import Testing
@testable import VeilederKit

@Suite struct EditorDocsTests {
    static let folder = TestPaths.packageRoot.appendingPathComponent("docs/redaktor")

    /// docs/redaktor/nokler.md and regler/ are generated; committed copies must be current.
    @Test func theGeneratedReferenceAndRulePagesAreCurrent() throws {
        let pages = [(KeyReference.path, KeyReference.markdown())] + RulePages.pages()
        #expect(pages.count == RuleCatalog.all.count + 2)
        for (path, text) in pages {
            let committed = try? String(contentsOf: Self.folder.appendingPathComponent(path), encoding: .utf8)
            #expect(committed == text, "docs/redaktor/\(path) is stale: run «swift run veileder docs»")
        }
    }

    /// Every complete example entry in the guide (a ```markdown block) passes check beside the real content.
    @Test func everyExampleEntryInTheGuidePassesCheck() throws {
        let guide = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".md") }
        var examples: [(String, String)] = []
        for name in guide.sorted() {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            for block in text.components(separatedBy: "```markdown\n").dropFirst() {
                examples.append((name, block.components(separatedBy: "\n```").first! + "\n"))
            }
        }
        #expect(examples.count >= 7)
        let root = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: TestPaths.content, to: root.appendingPathComponent("content"))
        for (index, (name, example)) in examples.enumerated() {
            try Data(example.utf8).write(to: root.appendingPathComponent("content/korsrygg/eksempel-\(index).md"))
            _ = name
        }
        let report = try Pipeline.check(contentRoot: root.appendingPathComponent("content"), today: CalendarDate("2026-11-22"))
        #expect(report.findings(strict: true).isEmpty, "\(report.diagnostics.map { "\($0.location) [\($0.ruleID)] \($0.message)" })")
    }
}
