import Foundation
import Testing
@testable import VeilederKit

/// No byte of any review note may reach the site: every note of the real content (among them the
/// neck-pain text's reviewer comments EB1–EB5) is looked for in every output file.
@Suite struct EditorialLeakTests {
    @Test func noReviewNoteReachesAnyOutputByte() throws {
        let report = try Pipeline.check(contentRoot: TestPaths.content, today: nil)
        let notes = report.editorial.flatMap(\.notes).map(\.text).filter { $0.count >= 12 }
        #expect(notes.count >= 10)
        let files = try SiteBuild.files(content: TestPaths.content)
        let pages = files.map { String(decoding: $0.bytes, as: UTF8.self) }
        for note in notes {
            let probe = String(note.prefix(60))
            #expect(!pages.contains { $0.contains(probe) }, "review note reached the site: \(probe)")
        }
        // The JSON Schemas in data/schema/ name the key «review-notes» so editors can write notes; no note itself may appear.
        for marker in ["Kommentert [EB", "[EB1]", "[EB2]", "[EB3]", "[EB4]", "[EB5]", "andreleser", "transkribent"] {
            #expect(!pages.contains { $0.contains(marker) }, "\(marker) reached the site")
        }
    }
}
