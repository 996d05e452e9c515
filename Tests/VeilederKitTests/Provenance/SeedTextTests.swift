import Testing
@testable import VeilederKit

@Suite struct SeedTextTests {
    @Test func encodingDefectsAreRepaired() {
        #expect(SeedText.repair("nłdvendig") == "nødvendig")
        #expect(SeedText.repair("¯RSAKER") == "ÅRSAKER")
        #expect(SeedText.repair("LasŁgues") == "Lasègues")
        #expect(SeedText.repair("Ó 60”") == "≥ 60°")
        #expect(SeedText.repair("minst Øn studie") == "minst én studie")
        #expect(SeedText.repair("GrØnne flagg") == "Grønne flagg")
        #expect(SeedText.repair("HalldØn") == "Halldén")
        #expect(SeedText.repair("ØVELSER og Øvelser") == "ØVELSER og Øvelser")
    }

    @Test func ligaturesMatchFiAndFl() {
        #expect(ComparableText.words("�agg de�nert") == ComparableText.words("flagg definert"))
        #expect(ComparableText.words("Uspesi� kke", glueStraySpace: true) == ComparableText.words("Uspesifikke"))
        #expect(ComparableText.words("Myelogra� anbefales") == ComparableText.words("Myelografi anbefales"))
        #expect(ComparableText.words("� Smerte") == ["smerte"])
    }

    @Test func interleavedColumnsAreReadOneAtATime() {
        let seed = SeedText("""
            Det er vanligvis ikke nłdvendig \t\t  og �ere gode RCTs. Radiologisk
            å henvise til radiologisk undersłkelse \t til forlenget forlłp
            """)
        let streams = seed.streams([LineSpan(first: 1, last: 2)])
        #expect(streams.contains("Det er vanligvis ikke nødvendig å henvise til radiologisk undersøkelse"))
        #expect(streams.contains("og �ere gode RCTs. Radiologisk til forlenget forløp"))
    }

    @Test func hyphenatedLineBreaksAreJoined() {
        #expect(SeedText.joinLines(["Skriftlig infor-", "masjon som", "Akutte/subakutte/-", "Langvarige"]) ==
                "Skriftlig informasjon som Akutte/subakutte/- Langvarige")
    }

    @Test func phrasesWithAnEllipsisMustOccurInParts() {
        let text = "Det anbefales (sterk til moderat grad) ikke radiologisk utredning"
        #expect(ComparableText.contains(text, phrase: "Det anbefales … ikke"))
        #expect(ComparableText.contains(text, phrase: "sterk til moderat grad"))
        #expect(!ComparableText.contains(text, phrase: "sterk grad"))
    }
}
