import Foundation
import Testing
@testable import VeilederKit

enum Poppler {
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    }
}

/// The brochure printed with `veileder pdf` and read back with poppler-utils.
@Suite(.serialized, .enabled(if: (Chromium.executable != nil && Poppler.available) || Chromium.isRequired, "Chromium or poppler-utils missing"))
struct BrochurePDFTests {
    static let pdf: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-pdf-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("brosjyre.pdf")
        _ = try? ProcessRunner.veileder(["pdf", "--output", url.path])
        return url
    }()

    func run(_ tool: String, _ arguments: [String]) throws -> String {
        try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/\(tool)"), arguments, in: TestPaths.packageRoot).standardOutput
    }

    /// The text of each page, trimmed, with empty lines removed.
    func pages() throws -> [[String]] {
        try run("pdftotext", ["-layout", Self.pdf.path, "-"]).components(separatedBy: "\u{0C}").map { page in
            page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }.filter { !$0.isEmpty }
    }

    @Test func everyPageIsA5AndTheCountFoldsIntoABooklet() throws {
        let info = try run("pdfinfo", [Self.pdf.path])
        let count = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) })
        #expect(count % 4 == 0, "\(count) pages")
        let size = try #require(info.split(separator: "\n").first { $0.hasPrefix("Page size:") })
        let numbers = size.split(separator: " ").compactMap { Double($0) }
        #expect(numbers.count >= 2 && abs(numbers[0] - 419.5) < 1.5 && abs(numbers[1] - 595.3) < 1.5, "\(size)")
    }

    /// Cover, then each question from the top of a new page in the cover's order, then at most three
    /// pages for notes and contacts: the layout rule the page count must follow.
    @Test func theLayoutIsCoverQuestionsAndNotes() throws {
        let pages = try pages()
        let kb = try Pipeline.check(contentRoot: TestPaths.content, today: nil).knowledgeBase
        let questions = try #require(kb.guideline("korsrygg")?.brochure?.questions)
        #expect(pages[0].joined(separator: " ").contains("Verdt å vite om vond"))
        #expect(pages[0].joined(separator: " ").contains("ny tekst"))
        var starts: [Int] = []
        for question in questions {
            let start = pages.firstIndex { page in
                page.prefix(2).joined(separator: " ").hasPrefix(question)
            }
            #expect(start != nil, "«\(question)» does not start a page")
            if let start { starts.append(start) }
        }
        #expect(starts == starts.sorted() && starts.first == 1)
        let notes = pages.indices.filter { ["Notater", "Kontakter"].contains(pages[$0].first ?? "") }
        #expect(notes.count < 4)
        #expect(notes.allSatisfy { $0 > (starts.last ?? 0) })
        #expect(pages.count == 1 + (notes.first ?? pages.count) - 1 + notes.count)
    }

    @Test func noLinkAddressesInTheRunningText() throws {
        let text = try run("pdftotext", [Self.pdf.path, "-"])
        #expect(!text.contains("http"))
        #expect(!text.contains("(@"))
    }

    @Test func aMissingChromiumExitsSixtyNine() throws {
        let result = try ProcessRunner.veileder(["pdf", "--chromium", "/finnes/ikke/chromium", "--output", "/tmp/x.pdf"])
        #expect(result.status == 69)
        #expect(result.standardError.contains("fant ikke Chromium"))
    }
}
