import Mustache
import Testing
@testable import VeilederKit

/// Views that answer the templates' key lookups themselves, instead of being reflected, must answer
/// for every field they have: a key left out of `child(named:)` would render as nothing, silently.
@Suite struct TemplateViewTests {
    static func views() throws -> [any MustacheParent] {
        let kb = try Pipeline.check(contentRoot: TestPaths.fixtures.appendingPathComponent("valid"), today: nil).knowledgeBase
        let guideline = try #require(kb.guidelines.first)
        let recommendation = try #require(kb.recommendations.first).recommendation
        let menu = [Crumb(title: "Anbefalinger", href: "../anbefalinger/index.html")]
        let layout = { (banner: CurrencyBanner?) in
            LayoutView(
                title: "Tittel", siteName: "Nettsted", stylesheet: "a.css", home: "index.html", skip: "#innhold",
                search: "sok.html", menu: menu, banner: banner, breadcrumbs: menu + menu, content: "<p>Tekst</p>")
        }
        let summary = RecommendationSummary(recommendation)
        let attribute = FilterAttribute(key: "styrke", value: "sterk moderat")
        return [
            menu[0],
            attribute,
            summary,
            ContentsItemView(label: "7 Behandling", href: "kapitler/behandling.html", absent: nil, nests: true, sections: "<li></li>"),
            ContentsItemView(label: "7.1 Råd", href: nil, absent: "finnes ikke i kilden", nests: false, sections: ""),
            RecommendationGroup(id: "gruppe-korsrygg-7-1", title: "7.1 Råd", guideline: "Korsrygg", chapter: nil, count: 2, rows: "<tr></tr>"),
            RecommendationListRow(href: "a.html", title: "Sengeleie", summary: summary, phases: "Akutt", diagnosis: "Uspesifikke", attributes: [attribute]),
            RecommendationRow(href: "a.html", topic: "Sengeleie", phases: "Akutt", summary: summary, text: "<p>Tekst</p>",
                              documentation: "<p>Dokumentasjon</p>", uncertainPairing: true),
            CurrencyBanner(guideline),
            layout(CurrencyBanner(guideline)),
            layout(nil),
            RecommendationView(
                title: "Sengeleie", summary: summary, diagnosis: "Uspesifikke", phases: "Akutt", text: "<p>Tekst</p>",
                documentation: "<p>Dok</p>", directionAsWritten: "frarådes", strengthAsWritten: nil, inheritedFrom: menu[0],
                evidenceNote: nil, uncertainPairing: true, reason: "Begrunnelse", documentationFrom: nil, citations: "1; 2",
                section: menu[0], gaps: ["Tabell 2"], related: "<li></li>", backlinks: "", updated: "2026-11-22", source: nil, jsonLD: "{}"),
            RecommendationTableView(id: "tabell-7-1", caption: "Anbefalinger i 7.1", rows: "<tr></tr>"),
            ChapterView(
                title: "Behandling", sections: menu, gaps: [], body: "<p>Tekst</p>", blocks: ["<div></div>"],
                footnotes: [FootnoteView(id: "fotnote-1", mark: "1", text: "Note")], previous: nil, next: menu[0],
                handout: "a.txt", updated: nil, source: "Korsrygg 2007"),
            FootnoteView(id: "fotnote-1", mark: "1", text: "Note"),
            DefinitionView(term: "Isjias", forms: "isjiasen", body: "<p>Tekst</p>", see: menu, backlinks: "", added: true,
                           updated: nil, source: "Korsrygg 2007"),
            CategoryView(name: "Uspesifikke", share: "85 %", handling: "Råd", body: "<p>Tekst</p>", diagnosis: "Uspesifikke",
                         backlinks: "<li></li>", updated: "2026-11-22"),
            QuestionnaireView(
                title: "Skjema", audience: "Klinikere", purpose: "Måling", owner: nil, body: "<p>Tekst</p>",
                items: "<fieldset></fieldset>",
                scored: true, definition: "{}", script: "skjema.js", bands: [BandView(range: "0–5", label: "Få", action: "Ingen", basis: nil)],
                method: "Antall ja", licence: nil, backlinks: "<li></li>", handout: nil, updated: "2026-11-22"),
            ItemView(id: "s1", number: 1, text: "Spørsmål", answer: "Skala", scale: "0–10", choices: [], freeText: true, scored: false),
            ChoiceView(id: "s1-ja", name: "s1", value: "ja", label: "Ja", multiple: true),
            BandView(range: "0–5", label: "Få", action: "Ingen", basis: "Kilde"),
            PeopleView(id: "gruppe", title: "Arbeidsgruppen", intro: nil, members: [
                PersonView(name: "Navn", role: "leder", affiliation: "Sted", footnote: FootnoteMark(mark: "1", href: "#fotnote-1")),
            ]),
            PersonView(name: "Navn", role: nil, affiliation: "Sted", footnote: nil),
            FootnoteMark(mark: "1", href: "#fotnote-1"),
            BrochureSectionView(id: "del-1", question: "Hvorfor?", body: "<p>Svar</p>", practical: nil, draft: true,
                                basis: [BasisLink(title: "Anbefaling", href: "a.html", separator: false)]),
            BasisLink(title: "Anbefaling", href: "a.html", separator: true),
            GlossaryTerm(id: "isjias", term: "Isjias", href: "a.html", forms: "isjiasen", guideline: "Korsrygg", body: "<p>Tekst</p>", uses: 3),
        ]
    }

    @Test func answersEveryFieldWithItsValue() throws {
        for view in try Self.views() {
            let fields = Mirror(reflecting: view).children
            #expect(!fields.isEmpty)
            for field in fields {
                let label = try #require(field.label)
                // As `ReflectedView` does: an optional field answers with its value, or not at all.
                guard let expected = ReflectedView.unwrap(field.value) else {
                    #expect(view.child(named: label) == nil, "«\(label)» of \(type(of: view)) is nil but answered")
                    continue
                }
                let answer = try #require(view.child(named: label), "«\(label)» of \(type(of: view)) is not answered")
                #expect(String(describing: answer) == String(describing: expected), "«\(label)» of \(type(of: view))")
            }
            #expect(view.child(named: "finnes-ikke") == nil)
        }
    }

    @Test func aListOfSuchViewsRendersThroughTheTemplate() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "{{#items}}<a href=\"{{href}}\">{{title}}</a>{{/items}}"), named: "list")
        struct List { let items: [Crumb] }
        let view = ReflectedView(List(items: [Crumb(title: "A", href: "a.html"), Crumb(title: "B", href: "b.html")]))
        #expect(library.render(view, withTemplate: "list") == "<a href=\"a.html\">A</a><a href=\"b.html\">B</a>")
    }
}
