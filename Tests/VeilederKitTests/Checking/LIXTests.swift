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
}
