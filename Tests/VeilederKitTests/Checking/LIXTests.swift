import Foundation
import Testing
@testable import VeilederKit

@Suite struct LIXTests {
    /// Worked by hand: the paragraph has 7 words («bevegelse» is the only one over six letters) in two
    /// sentences; the list item 4 words, one sentence; the heading one word, one sentence.
    /// 12 words / 4 sentences + 100 × 1 / 12 = 3 + 8,33 = 11,3.
    @Test func aWorkedExample() {
        let lix = LIX(markdown: "Ryggen er sterk. Den tåler mye bevegelse!\n\n- Gå tur hver dag\n\n## Råd\n")
        #expect(lix.words == 12)
        #expect(lix.sentences == 4)
        #expect(lix.longWords == 1)
        #expect(lix.formatted == "11,3")
    }

    @Test func digitsAreNotWordsAndACompoundIsOne() {
        let lix = LIX(markdown: "Ta 2 tabletter ved nerverot-affeksjon.")
        #expect(lix.words == 4)
        #expect(lix.longWords == 2)
        #expect(lix.sentences == 1)
    }

    @Test func linkTargetsDoNotCountAndAColonEndsASentence() {
        let lix = LIX(markdown: "Se dette: [ryggen](@anatomi-og-fysiologi-av-ryggraden) er sterk.")
        #expect(lix.words == 5)
        #expect(lix.sentences == 2)
    }

    /// Text whose every scalar is a Character is counted on scalars; every block of the content, and
    /// text that is not so, count as they do on Characters.
    @Test func scalarsCountAsCharactersDo() throws {
        let samples = ["Ærlig talt – «ikke» Øl-brygging? Nei: x² er ½ av 4.", "Ska\u{030A}ne og e\u{0301}n", "ABC-def Zz@[`{"]
        var texts = samples
        let folder = TestPaths.packageRoot.appendingPathComponent("content")
        for path in try ContentLoader.contentFiles(under: folder) {
            texts += try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8).components(separatedBy: "\n\n")
        }
        for text in texts {
            let (scalars, characters) = (LIX.count(text), LIX.countCharacters(text))
            #expect(scalars == characters, "\(text.prefix(60))")
        }
        #expect(LIX.count(samples[2]) == (2, 0, 1))
        #expect(texts.count > 1_000)
    }
}
