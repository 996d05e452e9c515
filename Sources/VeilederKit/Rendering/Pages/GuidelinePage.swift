import Mustache

/// A guideline's front: metadata, currency, its table of contents with links to chapters and
/// sections (absent parts said so), and its checklists, categories and definitions.
struct GuidelinePage {
    let context: RenderContext

    func render(_ guideline: Guideline) -> OutputFile {
        let kb = context.knowledgeBase
        let path = SitePaths.guideline(guideline.id)
        let links = PageLinks(page: path)
        return context.page(path: path, title: guideline.title, guideline: guideline, links: links) { links in
            /// An item of the table of contents as HTML, made from `contents-item`; three levels are shown.
            func html(of item: ContentsItem, level: Int) -> String {
                var href: String?
                if item.fulfilledBy == "brochure" {
                    href = links.href(to: SitePaths.brochure)
                } else if let number = item.number, let location = context.index.chapterLocation(guideline: guideline.id, section: number) {
                    href = links.href(to: location.chapter, anchor: location.anchor)
                } else if item.number == nil, let chapter = kb.chapters(of: guideline).first(where: { $0.content.chapter?.title == item.title && $0.content.chapter?.number == nil }) {
                    href = links.href(to: chapter)
                } else if item.number == nil, let location = kb.entries.lazy.compactMap({ entry -> (Entry, String)? in
                    guard entry.guideline == guideline.id, let section = entry.content.chapter?.sections.first(where: { $0.number == nil && $0.title == item.title }) else { return nil }
                    return (entry, section.anchor)
                }).first {
                    href = links.href(to: location.0, anchor: location.1)
                }
                let nests = level < 3
                return context.templates.render(ContentsItemView(
                    label: [item.number, item.title].compactMap { $0 }.joined(separator: " "), href: href, absent: item.absent,
                    nests: nests, sections: nests ? item.sections.map { html(of: $0, level: level + 1) }.joined() : ""), "contents-item")
            }
            let entries = kb.entries.filter { $0.guideline == guideline.id }
            func list(_ kind: EntryKind) -> [Entry] {
                entries.filter { $0.kind == kind }.map { ($0, $0.displayTitle.norwegianOrder) }.sorted { $0.1 < $1.1 }.map(\.0)
            }
            let publishedQuestionnaires = entries.filter { entry in entry.kind == .questionnaire && entry.isPublished }
            return context.templates.render(GuidelineView(
                title: guideline.title, status: guideline.status.label, statusNote: guideline.statusNote,
                publishers: guideline.publishers.joined(separator: " og "), year: guideline.year,
                editors: guideline.editors.map { "\($0.name) (\($0.role))" }.joined(separator: ", "),
                rights: guideline.rights, currency: guideline.currency.note,
                contents: guideline.contents.map { html(of: $0, level: 1) }.joined(),
                questionnaires: context.linkItems(to: publishedQuestionnaires, links: links),
                categories: context.linkItems(to: list(.category), links: links),
                definitions: context.linkItems(to: list(.definition), links: links),
                recommendationCount: entries.filter { $0.kind == .recommendation }.count,
                figures: [Figures(context: context, links: links).triage(guideline: guideline.id),
                          Figures(context: context, links: links).recommendationChart(guideline: guideline.id)].compactMap { $0 },
                recommendations: links.href(to: SitePaths.recommendations)), "guideline")
        }
    }
}

struct GuidelineView {
    let title: String
    let status: String
    let statusNote: String
    let publishers: String
    let year: String
    let editors: String
    let rights: String
    let currency: String
    /// The table of contents' items, made from `contents-item`: nested lists in this template were
    /// rendered whole through swift-mustache, a few microseconds per lookup of every item.
    let contents: String
    /// The links to the guideline's questionnaires, categories and definitions, made from `link-item`.
    let questionnaires: String
    let categories: String
    let definitions: String
    let recommendationCount: Int
    let figures: [String]
    let recommendations: String
}

/// Made for every item of the table of contents, so it answers the template's key lookups itself.
struct ContentsItemView: MustacheParent {
    /// Number and title together: a nested item without a number must not show its parent's.
    let label: String
    let href: String?
    let absent: String?
    /// Whether the item may hold a list of its own: the third level holds none.
    let nests: Bool
    /// The nested items' HTML.
    let sections: String

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "absent": absent
        case "nests": nests
        case "sections": sections
        default: nil
        }
    }
}
