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

    /// Latin-1 is answered without the Unicode tables; it must answer as they do, for every scalar.
    @Test func latin1IsToldApartAsTheUnicodeTablesTellIt() {
        for value in UInt32(0x80)...0x1FF {
            let scalar = Unicode.Scalar(value)!
            #expect(TermIndex.isLetter(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            let word = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            #expect(TermIndex.isWordCharacter(scalar) == word, "U+\(String(value, radix: 16))")
        }
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

    @Test func everyTermOfALargeIndexIsFoundWhateverItsFirstLetter() {
        // Thousands of first words fill the filter that turns other words away; none may be lost.
        let terms = (0..<3000).map { (id: EntryID("t\($0)"), phrases: ["ord\($0)", "ærend\($0) sak"]) }
        let index = TermIndex(terms)
        let text = (0..<3000).map { "Ord\($0) ord\($0) Ærend\($0) sak annet\($0)" }.joined(separator: ". ")
        let found = index.matches(in: text)
        #expect(found.count == 9000)
        #expect(found.map(\.definition) == (0..<3000).flatMap { Array(repeating: EntryID("t\($0)"), count: 3) })
    }

    /// Words told on bytes are the words told on scalars: letters, digits and marks, and a hyphen
    /// between a word and a letter.
    @Test func wordsOnBytesAreTheWordsOnScalars() {
        func scalarWords(_ text: String) -> [String] {
            let scalars = Array(text.unicodeScalars)
            var words: [String] = [], current = ""
            for (index, scalar) in scalars.enumerated() {
                let isLetter = scalar.properties.isAlphabetic
                let inWord = isLetter || ("0"..."9").contains(scalar)
                    || (scalar.value >= 0x100 && scalar.properties.generalCategory == .nonspacingMark)
                    || (scalar == "-" && !current.isEmpty && index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic)
                if inWord { current.unicodeScalars.append(scalar) } else if !current.isEmpty { words.append(current); current = "" }
            }
            if !current.isEmpty { words.append(current) }
            return words
        }
        let texts = [
            "Rygg-smerter, «æøå» - 12 ok- -a a--b a-1 1-a Z-ø Ø-Z x@y [a]`b`{c} ÷×ª µ º",
            "Ærend 2A; smerte-lindring i uke 1–2 (NSAID-er), café e\u{301}tage ŧest-ĳs Ελληνικά-λέξη 日本語",
            "-start slutt- a- -b \t\nnye\r\nlinjer",
            (0..<200).map { "ord\($0)-Å\($0 % 7)" }.joined(separator: " "),
        ]
        for text in texts { #expect(TermIndex.words(in: text) == scalarWords(text), "\(text)") }
    }

    @Test func innerHyphensJoinWordsAndRangesCountBytes() {
        #expect(TermIndex.words(in: "Rygg-smerter, «æøå» - 12 ok-") == ["Rygg-smerter", "æøå", "12", "ok"])
        #expect(found("«Æøå» – isjias-lignende isjias") == ["isjias→isjias"])
    }

    @Test func aTextWithoutAPhrasesFixedBytesCannotMentionIt() {
        #expect(TermIndex.fixedPart(of: "Akutt isjias") == Array("kutt".utf8))
        #expect(TermIndex.fixedPart(of: "Ørebetennelse") == Array("rebetennelse".utf8))
        #expect(TermIndex.fixedPart(of: "X") == [])
        let parts = TermIndex.FixedParts(of: ["Akutt isjias", "ryggsmerte"])
        // Whatever case the first letter is written in, a mention holds the rest as it is.
        let index = TermIndex([("a", ["Akutt isjias"]), ("b", ["ryggsmerte"])])
        for text in ["Ved akutt isjias", "AKUTT", "akutt", "Ryggsmerter", "kutt", "yggsmert"] {
            #expect(parts.mayOccur(in: [text]) || index.matches(in: text).isEmpty, "\(text)")
        }
        #expect(parts.mayOccur(in: ["Ryggsmerte"]) && parts.mayOccur(in: ["akutt"]))
        // Bytes inside another word are enough: a file kept from the earlier mentions must not mention it.
        #expect(parts.mayOccur(in: ["Noe annet", "Skutt ned"]))
        #expect(!parts.mayOccur(in: ["Noe annet", "AKUTT ISJIAS", "", "kut", "yggsmer"]))
        #expect(TermIndex.FixedParts(of: ["X", "isjias"]).mayOccur(in: ["Hva som helst"]))
    }
}
