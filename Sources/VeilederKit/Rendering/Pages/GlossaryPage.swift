import Mustache

/// Every definition on one page, in Norwegian alphabetical order (… Z, Æ, Ø, Å), with anchors, the
/// forms that are linked automatically, and where each term is used.
struct GlossaryPage {
    let context: RenderContext

    func render() -> OutputFile {
        let kb = context.knowledgeBase
        let path = SitePaths.glossary
        let links = PageLinks(page: path)
        return context.page(path: path, title: "Ordliste", guideline: nil, links: links) { links in
            let definitions = GlossaryPage.sorted(kb.entries.filter { $0.kind == .definition })
            // Terms are rendered on all cores and, in an incremental build, kept until their entry changes.
            let context = self.context
            let terms = context.pieces(.glossaryTerm, definitions) { entry in
                LinkedHTML(page: path) { GlossaryPage.term(entry, context, $0) }
            }
            var letters: [GlossaryLetter] = []
            for (entry, term) in zip(definitions, terms) {
                guard let definition = entry.content.definition else { continue }
                let letter = String(definition.term.prefix(1)).uppercased()
                if letters.last?.letter != letter {
                    let id = links.anchor("bokstav-\(letters.count + 1)")
                    letters.append(GlossaryLetter(letter: letter, id: id, href: links.href(to: path, anchor: id), terms: ""))
                }
                links.include(term)
                letters[letters.count - 1].terms += term.html
            }
            return context.templates.render(GlossaryView(count: definitions.count, letters: letters), "glossary")
        }
    }

    /// One definition's entry in the list, as HTML.
    static func term(_ entry: Entry, _ context: RenderContext, _ links: PageLinks) -> String {
        guard let definition = entry.content.definition else { return "" }
        let kb = context.knowledgeBase
        let uses = Set((kb.backlinks[entry.id] ?? []) + (kb.mentions[entry.id] ?? [])).sorted().compactMap(kb.entry)
        return context.templates.render(GlossaryTerm(
            id: links.anchor(entry.id.rawValue), term: definition.term, href: links.href(to: entry),
            forms: definition.forms.joined(separator: ", "),
            guideline: entry.guideline.flatMap(kb.guideline)?.shortTitle ?? "",
            body: context.markdown(for: entry, guideline: entry.guideline, links: links, terms: nil)
                .render(entry.body.text, minimumHeadingLevel: 4),
            uses: uses.count), "glossary-term")
    }

    /// Definitions by term in Norwegian collation.
    static func sorted(_ entries: [Entry]) -> [Entry] {
        let keyed: [(entry: Entry, key: String)] = entries.map { entry in (entry, (entry.content.definition?.term ?? "").norwegianOrder) }
        return keyed.sorted { a, b in a.key != b.key ? a.key < b.key : a.entry.id < b.entry.id }.map(\.entry)
    }
}

struct GlossaryView {
    let count: Int
    let letters: [GlossaryLetter]
}

struct GlossaryLetter {
    let letter: String
    let id: String
    let href: String
    /// The terms' HTML, made from the `glossary-term` template.
    var terms: String
}

/// Made for every definition; answers the template's key lookups itself.
struct GlossaryTerm: MustacheParent {
    let id: String
    let term: String
    let href: String
    let forms: String
    let guideline: String
    let body: String
    let uses: Int

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "term": term
        case "href": href
        case "forms": forms
        case "guideline": guideline
        case "body": body
        case "uses": uses
        default: nil
        }
    }
}
