import Mustache

/// Pages of definitions, categories and articles: a title, metadata, the body, and back-links.
struct EntryPages {
    let context: RenderContext

    func render(_ entry: Entry) -> OutputFile? {
        let kb = context.knowledgeBase
        let path = SitePaths.location(of: entry).page
        let guideline = entry.guideline.flatMap(kb.guideline)
        let links = PageLinks(page: path)
        var crumbs: [(String, String)] = []
        if let guideline { crumbs.append((guideline.shortTitle, SitePaths.guideline(guideline.id))) }
        return context.page(path: path, title: entry.displayTitle, guideline: guideline, breadcrumbs: crumbs, links: links) { links in
            let markdown = context.markdown(for: entry, guideline: entry.guideline, links: links, terms: context.termLinker(for: entry))
            let body = markdown.render(entry.body.text, headingAnchors: kb.headingAnchors(of: entry.id))
            let backlinks = context.linkItems(
                to: Set((kb.backlinks[entry.id] ?? []) + (kb.mentions[entry.id] ?? [])).sorted().compactMap(kb.entry), links: links)
            switch entry.content {
            case .definition(let definition):
                return context.templates.render(DefinitionView(
                    term: definition.term, forms: definition.forms.joined(separator: ", "), body: body,
                    see: definition.see.compactMap(kb.entry).map { Crumb(title: $0.displayTitle, href: links.href(to: $0)) },
                    backlinks: backlinks, added: entry.provenance == nil, updated: entry.updated,
                    source: guideline.map { "\($0.shortTitle) \($0.year), kap. 3" }), "definition")
            case .category(let category):
                return context.templates.render(CategoryView(
                    name: category.name, share: category.share, handling: category.handling, body: body,
                    diagnosis: category.diagnosis.label, backlinks: backlinks, updated: entry.updated), "category")
            case .article(let article):
                return context.templates.render(ArticleView(
                    title: article.title, authors: article.authors.joined(separator: ", "),
                    publication: article.publication, year: article.year,
                    doi: article.doi == "ikke-oppgitt" ? nil : article.doi,
                    licence: article.licence.terms, summary: body,
                    points: article.points.map { markdown.render($0.text) },
                    references: article.references.map { ReferenceView(id: links.anchor("ref-\($0.number)"), number: $0.number, text: $0.text, doi: $0.doi) },
                    backlinks: backlinks), "article")
            default:
                return ""
            }
        }
    }
}

struct DefinitionView: MustacheParent {
    let term: String
    let forms: String
    let body: String
    let see: [Crumb]
    /// The links to the entries that link here or mention the term, made from `link-item`.
    let backlinks: String
    let added: Bool
    let updated: String?
    let source: String?

    func child(named name: String) -> Any? {
        switch name {
        case "term": term
        case "forms": forms
        case "body": body
        case "see": see
        case "backlinks": backlinks
        case "added": added
        case "updated": updated
        case "source": source
        default: nil
        }
    }
}

struct CategoryView: MustacheParent {
    let name: String
    let share: String
    let handling: String
    let body: String
    let diagnosis: String
    /// The links to the entries that link here or mention it, made from `link-item`.
    let backlinks: String
    let updated: String?

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "share": share
        case "handling": handling
        case "body": body
        case "diagnosis": diagnosis
        case "backlinks": backlinks
        case "updated": updated
        default: nil
        }
    }
}

struct ArticleView {
    let title: String
    let authors: String
    let publication: String
    let year: String
    let doi: String?
    let licence: String
    let summary: String
    let points: [String]
    let references: [ReferenceView]
    /// The links to the entries that link here or mention it, made from `link-item`.
    let backlinks: String
}

struct ReferenceView {
    let id: String
    let number: String
    let text: String
    let doi: String?
}
