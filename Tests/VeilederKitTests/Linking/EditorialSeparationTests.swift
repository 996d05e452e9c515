import Testing
@testable import VeilederKit

/// Review notes are held apart: no string anywhere in the knowledge base that rendering receives may
/// contain the text of a review note.
@Suite struct EditorialSeparationTests {
    @Test func noReviewNoteTextIsReachableFromTheKnowledgeBase() throws {
        let report = try Pipeline.check(contentRoot: TestPaths.fixtures.appendingPathComponent("valid"), today: nil)
        let notes = report.editorial.flatMap(\.notes).map(\.text)
        #expect(notes.count == 4)
        var strings: [String] = []
        collectStrings(report.knowledgeBase, into: &strings)
        #expect(strings.count > 200)
        for note in notes {
            #expect(!strings.contains { $0.contains(note) }, "review note leaked: \(note)")
        }
    }

    private func collectStrings(_ value: Any, into strings: inout [String], depth: Int = 0) {
        guard depth < 40 else { return }
        if let string = value as? String {
            strings.append(string)
            return
        }
        if let substring = value as? Substring {
            strings.append(String(substring))
            return
        }
        for child in Mirror(reflecting: value).children {
            collectStrings(child.value, into: &strings, depth: depth + 1)
        }
    }
}
