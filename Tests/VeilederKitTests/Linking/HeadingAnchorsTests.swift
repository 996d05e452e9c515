import Testing
@testable import VeilederKit

@Suite struct HeadingAnchorsTests {
    @Test func sectionNumbersTakeTheSectionAnchor() {
        let sections = [
            ChapterSection(number: "6.2", title: "Anamnese", anchor: "avsnitt-6-2"),
            ChapterSection(number: nil, title: "Diagnostiske overveielser", anchor: "diagnostiske-overveielser"),
        ]
        let anchors = HeadingAnchors.assign(
            ["Diagnostiske overveielser", "6.2 Anamnese og klinisk undersøkelse", "Kommentarer", "Kommentarer"],
            sections: sections)
        #expect(anchors == ["diagnostiske-overveielser", "avsnitt-6-2", "kommentarer", "kommentarer-2"])
    }

    @Test func slugsFoldNorwegianLetters() {
        #expect(HeadingAnchors.slug("Råd om øvelser – særlig") == "rad-om-ovelser-saerlig")
        #expect(HeadingAnchors.slug("Lasègues prøve") == "lasegues-prove")
        #expect(HeadingAnchors.slug("«»") == "avsnitt")
    }

    @Test func aNumberPrefixMustEndAtAWord() {
        let sections = [ChapterSection(number: "6.3", title: "Bildediagnostikk", anchor: "avsnitt-6-3")]
        #expect(HeadingAnchors.assign(["6.3.1 Uspesifikke"], sections: sections) == ["6-3-1-uspesifikke"])
    }
}
