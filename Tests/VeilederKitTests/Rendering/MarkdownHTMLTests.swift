import Testing
@testable import VeilederKit

@Suite struct MarkdownHTMLTests {
    static let kb = try! Pipeline.check(contentRoot: TestPaths.fixtures.appendingPathComponent("valid"), today: nil).knowledgeBase

    func render(_ markdown: String, page: String = "kapitler/x.html", terms: Bool = true) -> (String, PageLinks) {
        let links = PageLinks(page: page)
        let linker = terms ? TermLinker(index: Self.kb.termIndexes["korsrygg"]!, knowledgeBase: Self.kb, page: nil, explicitlyLinked: []) : nil
        let html = MarkdownHTML(knowledgeBase: Self.kb, links: links, terms: linker) { _ in "<div>blokk</div>" }.render(markdown)
        return (html, links)
    }

    @Test func idLinksBecomeRelativeFileLinks() {
        let (html, links) = render("Se [kapittelet](@diagnostikk#avsnitt-6-2).")
        #expect(html == "<p>Se <a href=\"diagnostikk.html#avsnitt-6-2\">kapittelet</a>.</p>\n")
        #expect(links.links.map(\.target) == ["kapitler/diagnostikk.html"])
    }

    @Test func aTermIsLinkedOncePerPageAndNotInHeadingsOrLinks() {
        let (html, _) = render("## Isjias\n\nVed isjias og senere isjias. [Isjias](https://example.org) står her.")
        #expect(html.components(separatedBy: "definisjoner/isjias.html").count - 1 == 1)
        #expect(html.contains("<h2 id=\"isjias\">Isjias</h2>"))
        #expect(html.contains("Ved <a href=\"../definisjoner/isjias.html\" title=\"Definisjon: Isjias\">isjias</a> og senere isjias."))
    }

    @Test func anExplicitLinkWinsOverTheAutomaticOne() {
        let (html, _) = render("Ved isjias, se [denne](@isjias).")
        #expect(html == "<p>Ved isjias, se <a href=\"../definisjoner/isjias.html\">denne</a>.</p>\n")
    }

    @Test func rawHTMLNeverPasses() {
        let (html, _) = render("Tekst <script>alert(1)</script> og <b>fet</b>.\n\n<div>blokk</div>\n")
        #expect(!html.contains("<script") && !html.contains("<b>"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func placeholdersBecomeTheirBlocks() {
        let (html, _) = render("Før.\n\n@anbefalinger(6.2)\n\nEtter.", terms: false)
        #expect(html == "<p>Før.</p>\n<div>blokk</div>\n<p>Etter.</p>\n")
    }

    @Test func headingsKeepTheirInlineMarkupAndGetUniqueAnchors() {
        let (html, links) = render("## Om *fase*\n\n## Om fase", terms: false)
        #expect(html == "<h2 id=\"om-fase\">Om <em>fase</em></h2>\n<h2 id=\"om-fase-2\">Om fase</h2>\n")
        #expect(links.anchors == ["om-fase", "om-fase-2"])
    }
}
