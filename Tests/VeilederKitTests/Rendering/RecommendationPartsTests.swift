import Testing
@testable import VeilederKit

/// A recommendation's body splits at the line `## Dokumentasjon` and nowhere else.
@Suite struct RecommendationPartsTests {
    @Test func theTextEndsWhereTheDocumentationHeadingStands() {
        let parts = RecommendationParts("Det anbefales å være i aktivitet.\n\n## Dokumentasjon\n\nGod dokumentasjon (æøå).\n")
        #expect(parts.text == "Det anbefales å være i aktivitet.\n\n")
        #expect(parts.documentation == "\nGod dokumentasjon (æøå).\n")
    }

    @Test func aBodyMayStartWithTheHeadingOrEndOnIt() {
        let first = RecommendationParts("## Dokumentasjon\nBare dokumentasjon.")
        #expect(first.text == "")
        #expect(first.documentation == "Bare dokumentasjon.")
        let last = RecommendationParts("Tekst.\n## Dokumentasjon")
        #expect(last.text == "Tekst.\n")
        #expect(last.documentation == "")
        let spaced = RecommendationParts("Tekst.\n## Dokumentasjon (kort)\nSe kilden.")
        #expect(spaced.text == "Tekst.\n")
        #expect(spaced.documentation == "Se kilden.")
    }

    @Test func otherHeadingsAndMentionsDoNotSplit() {
        for body in ["Tekst uten overskrift.", "Tekst.\n## Dokumentasjonsgrunnlag\nMer.", "Se ## Dokumentasjon i teksten.", "Tekst.\n### Dokumentasjon\n"] {
            let parts = RecommendationParts(body)
            #expect(parts.text == body)
            #expect(parts.documentation == "")
        }
    }
}
