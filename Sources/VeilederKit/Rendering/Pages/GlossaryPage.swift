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
            var letters: [GlossaryLetter] = []
            for entry in definitions {
                guard let definition = entry.content.definition else { continue }
                let letter = String(definition.term.prefix(1)).uppercased()
                if letters.last?.letter != letter {
                    let id = links.anchor("bokstav-\(letters.count + 1)")
                    letters.append(GlossaryLetter(letter: letter, id: id, href: links.href(to: path, anchor: id), terms: []))
                }
                let uses = Set((kb.backlinks[entry.id] ?? []) + (kb.mentions[entry.id] ?? [])).sorted().compactMap(kb.entry)
                letters[letters.count - 1].terms.append(GlossaryTerm(
                    id: links.anchor(entry.id.rawValue), term: definition.term, href: links.href(to: entry),
                    forms: definition.forms.joined(separator: ", "),
                    guideline: entry.guideline.flatMap(kb.guideline)?.shortTitle ?? "",
                    body: context.markdown(for: entry, guideline: entry.guideline, links: links, terms: nil)
                        .render(entry.body.text, minimumHeadingLevel: 4),
                    uses: uses.count))
            }
            return context.templates.render(GlossaryView(count: definitions.count, letters: letters), "glossary")
        }
    }

    /// Definitions by term in Norwegian collation.
    static func sorted(_ entries: [Entry]) -> [Entry] {
        entries.sorted { a, b in
            let (ta, tb) = (a.content.definition?.term ?? "", b.content.definition?.term ?? "")
            return ta.norwegianOrder != tb.norwegianOrder ? ta.norwegianOrder < tb.norwegianOrder : a.id < b.id
        }
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
    var terms: [GlossaryTerm]
}

struct GlossaryTerm {
    let id: String
    let term: String
    let href: String
    let forms: String
    let guideline: String
    let body: String
    let uses: Int
}
