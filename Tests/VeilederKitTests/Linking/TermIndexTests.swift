import Testing
@testable import VeilederKit

@Suite struct TermIndexTests {
    let index = TermIndex([
        (id: "korsryggsmerter", phrases: ["korsryggsmerter", "lumbago"]),
        (id: "uspesifikke", phrases: ["uspesifikke korsryggsmerter"]),
        (id: "isjias", phrases: ["Isjias", "isjiasen"]),
    ])

    func found(_ text: String) -> [String] {
        index.matches(in: text).map { "\(text[$0.range])→\($0.definition)" }
    }

    @Test func longestMatchWins() {
        #expect(found("Ved uspesifikke korsryggsmerter og andre korsryggsmerter") ==
                ["uspesifikke korsryggsmerter→uspesifikke", "korsryggsmerter→korsryggsmerter"])
    }

    @Test func onlyWholeWordsMatch() {
        #expect(found("isjiasnerven og lumbagoen") == [])
        #expect(found("isjiasen (lumbago).") == ["isjiasen→isjias", "lumbago→korsryggsmerter"])
    }

    @Test func onlyTheFirstLetterIgnoresCase() {
        #expect(found("Isjias og isjias") == ["Isjias→isjias", "isjias→isjias"])
        #expect(found("ISJIAS") == [])
        #expect(found("Uspesifikke korsryggsmerter") == ["Uspesifikke korsryggsmerter→uspesifikke"])
    }

    @Test func norwegianLettersAreLetters() {
        let index = TermIndex([(id: "rode-flagg", phrases: ["røde flagg"])])
        #expect(index.matches(in: "Se røde flagg.").count == 1)
        #expect(index.matches(in: "Se rode flagg.").isEmpty)
    }

    @Test func aCapitalBeyondASCIIFoldsToo() {
        let index = TermIndex([(id: "oyeblikkelig", phrases: ["øyeblikkelig hjelp"]), (id: "angst", phrases: ["Ångst"])])
        let text = "Øyeblikkelig hjelp, øyeblikkelig hjelp og ångst; ØYEBLIKKELIG hjelp."
        #expect(index.matches(in: text).map { "\(text[$0.range])→\($0.definition)" } ==
                ["Øyeblikkelig hjelp→oyeblikkelig", "øyeblikkelig hjelp→oyeblikkelig", "ångst→angst"])
    }

    @Test func innerHyphensJoinWordsAndRangesCountBytes() {
        #expect(TermIndex.words(in: "Rygg-smerter, «æøå» - 12 ok-") == ["Rygg-smerter", "æøå", "12", "ok"])
        #expect(found("«Æøå» – isjias-lignende isjias") == ["isjias→isjias"])
    }
}
