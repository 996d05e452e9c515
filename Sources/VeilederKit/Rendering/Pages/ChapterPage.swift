import Mustache

/// A chapter: its sections, its body with recommendation tables and blocks placed, the structured
/// blocks the body does not place, footnotes, and previous/next.
struct ChapterPage {
    let context: RenderContext

    func render(_ entry: Entry, _ chapter: Chapter) -> OutputFile {
        let kb = context.knowledgeBase
        let path = SitePaths.location(of: entry).page
        let guideline = kb.guideline(chapter.guideline)
        let links = PageLinks(page: path)
        let crumbs = guideline.map { [($0.shortTitle, SitePaths.guideline($0.id))] } ?? []
        return context.page(path: path, title: entry.displayTitle, guideline: guideline, breadcrumbs: crumbs, links: links) { links in
            let markdown = context.markdown(for: entry, guideline: chapter.guideline, links: links, terms: context.termLinker(for: entry))
            let body = markdown.render(entry.body.text, headingAnchors: kb.headingAnchors(of: entry.id))
            let placed = Set((kb.scan(entry.id)?.placeholders ?? []).map { "\($0.name)/\($0.arguments.first ?? "")" })
            let blocks = BlockRenderer(context: context, links: links, entry: entry, guideline: chapter.guideline)
            let unplaced = chapter.tables.filter { !placed.contains("tabell/\($0.id)") }.map(blocks.dataTable)
                + chapter.people.filter { !placed.contains("personer/\($0.id)") }.map { blocks.people($0, chapter: chapter) }
                + chapter.advice.filter { !placed.contains("rad/\($0.id)") }.map(blocks.advice)
            let siblings = guideline.flatMap { context.index.chapters[$0.id] } ?? []
            let position = siblings.firstIndex { $0.id == entry.id }
            let previous = position.flatMap { $0 > 0 ? siblings[$0 - 1] : nil }
            let next = position.flatMap { $0 + 1 < siblings.count ? siblings[$0 + 1] : nil }
            return context.templates.render(ChapterView(
                title: entry.displayTitle,
                sections: chapter.sections.map { Crumb(title: [$0.number, $0.title].compactMap { $0 }.joined(separator: " "), href: links.href(to: path, anchor: $0.anchor)) },
                gaps: chapter.gaps,
                body: body,
                blocks: unplaced,
                footnotes: chapter.footnotes.map { FootnoteView(id: links.anchor("fotnote-\($0.mark)"), mark: $0.mark, text: $0.text) },
                previous: previous.map { Crumb(title: $0.displayTitle, href: links.href(to: $0)) },
                next: next.map { Crumb(title: $0.displayTitle, href: links.href(to: $0)) },
                handout: Handouts(context: context).path(for: entry).map { links.href(to: $0) },
                updated: entry.updated,
                source: guideline.map { "\($0.shortTitle) \($0.year)\(chapter.number.map { ", kap. \($0)" } ?? "")" }), "chapter")
        }
    }
}

struct ChapterView: MustacheParent {
    let title: String
    let sections: [Crumb]
    let gaps: [String]
    let body: String
    let blocks: [String]
    let footnotes: [FootnoteView]
    let previous: Crumb?
    let next: Crumb?
    let handout: String?
    let updated: String?
    let source: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "sections": sections
        case "gaps": gaps
        case "body": body
        case "blocks": blocks
        case "footnotes": footnotes
        case "previous": previous
        case "next": next
        case "handout": handout
        case "updated": updated
        case "source": source
        default: nil
        }
    }
}

struct FootnoteView: MustacheParent {
    let id: String
    let mark: String
    let text: String

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "mark": mark
        case "text": text
        default: nil
        }
    }
}
