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

    /// Terms stop being looked for once every definition linking found the page to mention is linked.
    @Test func aPageKnownToMentionNoTermIsNotMatched() {
        let index = Self.kb.termIndexes["korsrygg"]!
        let markdown = "Ved isjias og senere isjias."
        func html(mentioned: Set<EntryID>?) -> String {
            let linker = TermLinker(index: index, knowledgeBase: Self.kb, page: nil, explicitlyLinked: [], mentioned: mentioned)
            return MarkdownHTML(knowledgeBase: Self.kb, links: PageLinks(page: "kapitler/x.html"), terms: linker) { _ in nil }.render(markdown)
        }
        #expect(html(mentioned: nil).contains("definisjoner/isjias.html"))
        #expect(html(mentioned: ["isjias"]).contains("definisjoner/isjias.html"))
        #expect(html(mentioned: []) == "<p>Ved isjias og senere isjias.</p>\n")
    }

    /// What linking found each entry to mention lets rendering skip text, never a link: the body of
    /// every entry of the real content comes out as it does when every text node is matched.
    @Test func mentionsFromLinkingChangeNoBody() throws {
        let kb = try Pipeline.check(contentRoot: TestPaths.content, today: nil).knowledgeBase
        let templates = try TemplateSet.load(from: TestPaths.packageRoot.appendingPathComponent("templates"))
        let context = RenderContext(knowledgeBase: kb, templates: templates, index: SiteIndex(kb))
        var compared = 0
        for entry in kb.entries {
            guard let guideline = entry.guideline, let index = kb.termIndexes[guideline] else { continue }
            func html(mentioned: Set<EntryID>?) -> String {
                let linker = TermLinker(index: index, knowledgeBase: kb, page: entry.id, explicitlyLinked: [], mentioned: mentioned)
                return context.markdown(for: entry, guideline: guideline, links: PageLinks(page: "kapitler/x.html"), terms: linker)
                    .render(entry.body.text)
            }
            let mentioned = try #require(kb.mentionsByFile[entry.file])
            #expect(html(mentioned: mentioned) == html(mentioned: nil), "\(entry.file)")
            compared += mentioned.isEmpty ? 0 : 1
        }
        #expect(compared > 20)
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
