/// The patient brochure as a self-contained HTML document for print: A5 pages, a cover, each question
/// on a new page, no navigation and no link addresses, page numbers, and `notePages` pages for notes
/// and contacts at the end so the page count can be made a multiple of four.
public struct BrochurePrint {
    let context: RenderContext
    let stylesheet: String

    public init(knowledgeBase: KnowledgeBase, templates: TemplateSet, stylesheet: String) {
        context = RenderContext(knowledgeBase: knowledgeBase, templates: templates, index: SiteIndex(knowledgeBase))
        self.stylesheet = stylesheet
    }

    public var isAvailable: Bool {
        context.knowledgeBase.guidelines.contains { $0.brochure != nil } && context.knowledgeBase.entries.contains { $0.kind == .brochure }
    }

    public func html(notePages: Int) -> String {
        let kb = context.knowledgeBase
        guard let guideline = kb.guidelines.first(where: { $0.brochure != nil }), let cover = guideline.brochure else { return "" }
        let links = PageLinks(page: "utskrift.html")
        let sections = kb.entries.compactMap { entry in entry.content.brochure.map { (entry, $0) } }.sorted { $0.1.order < $1.1.order }
        let view = BrochurePrintView(
            title: cover.title, subtitle: cover.subtitle, intro: cover.intro,
            note: "Dette er en ny tekst skrevet ut fra den nasjonale retningslinjen «\(guideline.title)» fra \(guideline.year), ikke den opprinnelige brosjyren. Retningslinjen er ikke revidert siden.",
            stylesheet: stylesheet,
            sections: sections.map { entry, section in
                // No links in print: the words stay, the addresses go.
                var renderer = PlainLinksHTML(context: context, links: links)
                return BrochurePrintSection(
                    question: section.question, draft: section.status == .utkast,
                    body: renderer.render(entry.body.text),
                    practical: section.practicalInformation.map { renderer.render($0) })
            },
            notes: (0..<notePages).map { NotePage(title: $0 == notePages - 1 && notePages > 1 ? "Kontakter" : "Notater") })
        return context.templates.render(view, "brochure-print")
    }
}

/// Markdown rendered for print: links reduced to their words.
struct PlainLinksHTML {
    let context: RenderContext
    let links: PageLinks

    mutating func render(_ markdown: String) -> String {
        let html = MarkdownHTML(knowledgeBase: context.knowledgeBase, links: links, terms: nil) { _ in nil }
            .render(markdown, minimumHeadingLevel: 3)
        return PlainLinksHTML.unlink(html)
    }

    /// Removes `<a …>` and `</a>` tags that cmark wrote, keeping their text.
    static func unlink(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let open = rest.range(of: "<a ") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result.replacingOccurrences(of: "</a>", with: "")
    }
}

struct BrochurePrintView {
    let title: String
    let subtitle: String
    let intro: String
    let note: String
    let stylesheet: String
    let sections: [BrochurePrintSection]
    let notes: [NotePage]
}

struct BrochurePrintSection {
    let question: String
    let draft: Bool
    let body: String
    let practical: String?
}

struct NotePage {
    let title: String
}
