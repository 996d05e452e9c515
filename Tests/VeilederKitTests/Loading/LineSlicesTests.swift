import Testing
@testable import VeilederKit

/// Lines are split at every LF and nowhere else, on bytes: held to a split of the Unicode scalars.
@Suite struct LineSlicesTests {
    static let texts = [
        "", "én linje", "\n", "\n\n", "første\nandre", "slutter med linjeskift\n", "\nbegynner med det",
        "tomme\n\n\nlinjer", "CRLF\r\nlinjer\r\n", "æøå ÆØÅ\nß\n", "e\u{301}\nkombinert", "emoji 👩‍⚕️\nneste", "\r\n\r",
    ]

    @Test(arguments: texts) func matchesASplitOfTheScalars(_ text: String) {
        let expected = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        #expect(text.lineSlices.map(String.init) == expected)
    }

    @Test func linesAreSlicesOfTheText() {
        let text = "første\nandre\ntredje"
        let lines = text.lineSlices
        #expect(lines.count == 3)
        #expect(lines[1].startIndex == text.utf8.index(text.utf8.startIndex, offsetBy: 8))
        #expect(lines[2].endIndex == text.endIndex)
    }
}
