import Testing
@testable import VeilederKit

@Suite struct GlossaryAndFigureTests {
    @Test func norwegianCollationPutsÆØÅAfterZ() {
        let sorted = ["Åre", "Øvelse", "Zebra", "Ærlig"].sorted { $0.norwegianOrder < $1.norwegianOrder }
        #expect(sorted == ["Zebra", "Ærlig", "Øvelse", "Åre"])
        #expect(["aa", "Ab", "ab"].sorted { $0.norwegianOrder < $1.norwegianOrder } == ["aa", "Ab", "ab"])
    }

    @Test func sectionNumbersSortPartByPartAndMakeIDs() {
        #expect(["7.1.10", "7.1.9", "7.2", "10"].sorted { $0.sectionPrecedes($1) } == ["7.1.9", "7.1.10", "7.2", "10"])
        #expect("7.1.10".sectionAnchor == "7-1-10" && "4".sectionAnchor == "4")
    }

    @Test func theGlossaryListsEveryDefinitionInNorwegianOrder() throws {
        let files = try SiteBuild.files(content: TestPaths.content)
        let html = try SiteBuild.page("definisjoner/index.html", in: files)
        let terms = html.components(separatedBy: "<dt id=\"").dropFirst().map { chunk -> String in
            let link = chunk.components(separatedBy: "\">").dropFirst(2).first ?? ""
            return String(link.prefix { $0 != "<" })
        }
        #expect(terms.count == 32)
        #expect(terms == terms.sorted { $0.norwegianOrder < $1.norwegianOrder })
        #expect(html.contains("<dt id=\"isjias\">"))
    }

    @Test func thePicturesCarryATextAlternativeAndNoScript() throws {
        let files = try SiteBuild.files(content: TestPaths.content)
        let html = try SiteBuild.page("korsrygg/index.html", in: files)
        for id in ["figur-triage", "figur-anbefalinger"] {
            #expect(html.contains("aria-labelledby=\"\(id)-tittel \(id)-beskrivelse\""), "\(id)")
            #expect(html.contains("<desc id=\"\(id)-beskrivelse\">"), "\(id)")
        }
        #expect(html.contains("80–90 %") || html.contains("80-90 %"))
        let svg = html.components(separatedBy: "<svg").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
        #expect(svg.count == 2 && svg.allSatisfy { !$0.contains("<script") })
    }
}
