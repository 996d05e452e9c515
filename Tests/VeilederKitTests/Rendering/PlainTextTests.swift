import Foundation
import Testing
@testable import VeilederKit

@Suite struct PlainTextTests {
    /// Headings, nested lists, emphasis, links, a block quote, a word longer than the line and
    /// Norwegian letters; the expected text in Golden/tekst/eksempel.txt was written by hand.
    @Test func theRendererMatchesItsHandWrittenGoldenFile() throws {
        let markdown = try String(contentsOf: TestPaths.golden.appendingPathComponent("tekst/eksempel.md"), encoding: .utf8)
        let expected = try String(contentsOf: TestPaths.golden.appendingPathComponent("tekst/eksempel.txt"), encoding: .utf8)
        let references = PlainTextRenderer.References()
        let text = PlainTextRenderer(references: references).render(markdown) + "\n\n" + references.text
        #expect(text == expected, "\(Golden.firstDifference(expected, text))")
    }

    @Test func linesAreCountedInCharactersNotBytes() {
        let line = String(repeating: "æøå ", count: 30)
        for wrapped in TextWrapper.wrap(line, width: 72) {
            #expect(wrapped.count <= 72)
            #expect(wrapped.utf8.count > 72 || wrapped.count < 72)
        }
        #expect(TextWrapper.wrap(line, width: 72).first?.count == 71)
    }

    /// Widths added up word by word wrap as counting the whole line each time does.
    @Test func wrappingAddsUpWidthsAsCountingTheLineWould() {
        func slowly(_ text: String, width: Int, firstPrefix: String, restPrefix: String) -> [String] {
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
            guard !words.isEmpty else { return firstPrefix.isEmpty ? [] : [firstPrefix.trimmingTrailingSpaces] }
            var lines: [String] = []
            var current = firstPrefix
            var currentHasWord = false
            for word in words {
                if !currentHasWord {
                    current = (lines.isEmpty ? firstPrefix : restPrefix) + word
                    currentHasWord = true
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = restPrefix + word
                }
            }
            lines.append(current)
            return lines
        }
        let texts = [
            "", "   ", "ett", String(repeating: "æøå ", count: 30), "Kortvarig sengeleie\tkan\nvære nødvendig ved sterke smerter",
            "ord 👩‍⚕️ med 🇳🇴 tegn e\u{301} og ﬁ og ordsomeraltforlangtilålinjeogmerenntrettiåttetegnlangt kort",
            String(repeating: "a bb ccc dddd ", count: 12),
        ]
        for text in texts {
            for width in [1, 8, 20, 40, 72] {
                for (first, rest) in [("", ""), ("- ", "  "), ("  1. ", "     "), ("> «", "> ")] {
                    #expect(TextWrapper.wrap(text, width: width, firstPrefix: first, restPrefix: rest)
                        == slowly(text, width: width, firstPrefix: first, restPrefix: rest), "\(text) \(width) \(first)")
                }
            }
        }
    }

    /// Split on bytes or on Characters, a text falls into the pieces splitting on Characters gives:
    /// a space before a combining mark, a carriage return before a line feed and a joiner are kept.
    @Test func textsSplitIntoThePiecesCharactersGive() {
        let texts = [
            "", " ", "\n\n", "Kortvarig sengeleie\tkan\nvære nødvendig – «ved» sterke smerter… • ‘x’ ‰ ″",
            "a \u{301}b c", "linje\r\nneste\nsiste\n", "ord 👩‍⚕️ med 🇳🇴 e\u{301} ﬁ ‼\u{FE0F} x\u{200D} y",
            "soft\u{AD} hyphen ŧ ĳ ɐ ʰ", "\u{2028}linje \u{2060}x", "  to  mellomrom  ",
        ]
        for text in texts {
            for (separators, keepingEmpty) in [(Set<UInt8>([0x20, 0x0A, 0x09]), false), ([0x0A], true)] {
                let characters = text.split(omittingEmptySubsequences: !keepingEmpty) {
                    $0 == " " || $0 == "\t" ? separators.contains(0x20) : $0 == "\n"
                }.map(String.init)
                #expect(TextWrapper.pieces(of: text, separatedBy: separators, keepingEmpty: keepingEmpty) == characters, "\(text)")
            }
        }
        #expect(Array("Æ – «å» …".utf8).withUnsafeBufferPointer { String.eachScalarIsACharacter($0) })
        for text in ["a \u{301}", "\r\n", "x\u{200D}", "🇳🇴", "\u{2028}"] {
            #expect(!Array(text.utf8).withUnsafeBufferPointer { String.eachScalarIsACharacter($0) }, "\(text)")
        }
    }

    @Test func everyHandoutIsPlainTextWithinSeventyTwoCharacters() throws {
        let files = try SiteBuild.files(content: TestPaths.content).filter { $0.path.hasPrefix("utdelingsark/") }
        let paths = Set(files.map(\.path))
        for expected in ["utdelingsark/kortversjonen.txt", "utdelingsark/rode-flagg.txt", "utdelingsark/verdt-a-vite-om-vond-rygg.txt",
                         "utdelingsark/gule-flagg.txt", "utdelingsark/nakke-kartlegging.txt"] {
            #expect(paths.contains(expected), "\(expected)")
        }
        for file in files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(text.hasPrefix(String(text.prefix { $0 != "\n" })) && text.contains("Merk: "), "\(file.path) lacks the currency note")
            for line in text.split(separator: "\n") where line.count > 72 {
                // Only a single word longer than the line (an address) may exceed it.
                #expect(!line.trimmingCharacters(in: .whitespaces).contains(" ") || line.hasPrefix("["), "\(file.path): \(line)")
            }
            // Writing lines for free-text answers are underscores on their own; anything else is Markdown.
            let prose = text.split(separator: "\n").filter { !$0.allSatisfy { $0 == "_" || $0 == " " } }.joined(separator: "\n")
            for syntax in ["](", "**", "__", "`", "<", "@anbefalinger", "](@", "{{"] {
                #expect(!prose.contains(syntax), "\(file.path) contains Markdown «\(syntax)»")
            }
            #expect(!text.split(separator: "\n").contains { $0.hasPrefix("#") || $0.hasPrefix("> ") || $0.hasPrefix("* ") }, "\(file.path)")
        }
    }

    @Test func theRedFlagHandoutCarriesTheCaudaEquinaWarning() throws {
        let files = try SiteBuild.files(content: TestPaths.content)
        let text = try SiteBuild.page("utdelingsark/rode-flagg.txt", in: files)
        #expect(text.contains("Cauda equina"))
        #expect(text.components(separatedBy: "[ ] Ja   [ ] Nei").count - 1 >= 7 + 6)
        let page = try SiteBuild.page("skjema/rode-flagg.html", in: files)
        #expect(page.contains("href=\"../utdelingsark/rode-flagg.txt\""))
    }
}
