import Mustache

/// The patient brochure on one page: the cover as printed, the note that this is a new text, and the
/// sections in the cover's order, each with what it rests on and any practical information boxed apart.
struct BrochurePage {
    let context: RenderContext

    func render() -> OutputFile? {
        let kb = context.knowledgeBase
        guard let guideline = kb.guidelines.first(where: { $0.brochure != nil }), let cover = guideline.brochure else { return nil }
        let path = SitePaths.brochure
        let links = PageLinks(page: path)
        let sections = kb.entries.compactMap { entry in entry.content.brochure.map { (entry, $0) } }
            .sorted { ($0.1.order, $0.0.id) < ($1.1.order, $1.0.id) }
        return context.page(path: path, title: cover.title, guideline: guideline, links: links) { links in
            let view = BrochureView(
                title: cover.title, subtitle: cover.subtitle, intro: cover.intro,
                note: "Dette er en ny tekst skrevet ut fra den nasjonale retningslinjen fra \(guideline.year), ikke den opprinnelige brosjyren. Retningslinjen er ikke revidert siden.",
                questions: cover.questions,
                sections: sections.map { entry, section in
                    let markdown = context.markdown(for: entry, guideline: section.guideline, links: links, terms: nil)
                    let basis = (kb.scan(entry.id)?.links ?? []).compactMap { link -> Entry? in
                        if case .entry(let id, _) = LinkReference(link.url) { return kb.entry(id) }
                        return nil
                    }
                    return BrochureSectionView(
                        id: links.anchor(entry.id.rawValue), question: section.question,
                        body: markdown.render(entry.body.text, minimumHeadingLevel: 3),
                        practical: section.practicalInformation.map { markdown.render($0, minimumHeadingLevel: 4) },
                        draft: section.status == .utkast,
                        basis: Array(Set(basis.map(\.id))).sorted().compactMap(kb.entry).enumerated().map { index, entry in
                            BasisLink(title: entry.displayTitle, href: links.href(to: entry), separator: index > 0)
                        })
                },
                missing: sections.isEmpty,
                handout: sections.isEmpty ? nil : links.href(to: Handouts.brochurePath))
            return context.templates.render(view, "brochure")
        }
    }
}

struct BrochureView {
    let title: String
    let subtitle: String
    let intro: String
    let note: String
    let questions: [String]
    let sections: [BrochureSectionView]
    let missing: Bool
    let handout: String?
}

/// Answers the template's key lookups itself, as do its links: reflected, the brochure's sections
/// were most of the time its page took.
struct BrochureSectionView: MustacheParent {
    let id: String
    let question: String
    let body: String
    let practical: String?
    let draft: Bool
    let basis: [BasisLink]

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "question": question
        case "body": body
        case "practical": practical
        case "draft": draft
        case "basis": basis
        default: nil
        }
    }
}

struct BasisLink: MustacheParent {
    let title: String
    let href: String
    /// Whether a «; » goes before this link.
    let separator: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "separator": separator
        default: nil
        }
    }
}
