import Mustache

/// What every page builder shares: the knowledge base and the templates.
struct RenderContext {
    let knowledgeBase: KnowledgeBase
    /// A render job's own copy notes the templates it used (`TemplateSet.recording(into:)`).
    var templates: TemplateSet
    let index: SiteIndex
    /// Pieces kept from an earlier render of an incremental build; nil in a full build.
    var fragments: FragmentCache? = nil

    static let siteName = "Veileder for rygg- og nakkesmerter"

    /// Renders a page: its content template, then the shared layout around it.
    func page(
        path: String, title: String, guideline: Guideline?, breadcrumbs: [(String, String)] = [],
        links: PageLinks, content: (PageLinks) -> String
    ) -> OutputFile {
        let body = content(links)
        let layout = LayoutView(
            title: title,
            siteName: RenderContext.siteName,
            stylesheet: links.href(to: SitePaths.stylesheet),
            home: links.href(to: SitePaths.frontPage),
            skip: links.href(to: path, anchor: "innhold"),
            search: links.href(to: SitePaths.search),
            menu: menu(links),
            banner: guideline.map { CurrencyBanner($0) },
            breadcrumbs: breadcrumbs.map { Crumb(title: $0.0, href: links.href(to: $0.1)) },
            content: body)
        links.anchor("innhold")
        return OutputFile(
            path: path, segments: [templates.renderBytes(layout, "layout")], anchors: links.anchors, linkGroups: links.linkGroups)
    }

    /// The per-entry pieces of a shared file, in the entries' order, made on all cores; from the
    /// cache when an incremental build has them.
    func pieces<T: Sendable>(_ kind: FragmentCache.Kind, _ entries: [Entry], make: @Sendable (Entry) -> T) -> [T] {
        fragments?.pieces(kind, entries.map(\.id)) { make(entries[$0]) } ?? entries.parallelMap(make)
    }

    /// A piece made from other texts, from the cache while they are the same.
    func composed(_ kind: FragmentCache.Kind, key: String, inputs: [String], make: () -> String) -> String {
        fragments?.composed(kind, key: key, inputs: inputs, make: make) ?? make()
    }

    /// Parts of an entry's page rendered from its Markdown, kept between the renders of an incremental
    /// build when the body has no placeholders (figures and tables show other entries).
    func bodyParts(of entry: Entry, make: () -> [LinkedHTML]) -> [LinkedHTML] {
        guard let fragments, knowledgeBase.scan(entry.id)?.placeholders.isEmpty == true else { return make() }
        return fragments.body(of: entry.id, make: make)
    }

    /// Links to entries as list items, each made from `link-item`.
    func linkItems(to entries: [Entry], links: PageLinks) -> String {
        entries.map { templates.render(Crumb(title: $0.displayTitle, href: links.href(to: $0)), "link-item") }.joined()
    }

    func menu(_ links: PageLinks) -> [Crumb] {
        knowledgeBase.guidelines.sorted { $0.id < $1.id }.map {
            Crumb(title: $0.shortTitle, href: links.href(to: SitePaths.guideline($0.id)))
        } + [
            Crumb(title: "Anbefalinger", href: links.href(to: SitePaths.recommendations)),
            Crumb(title: "Ordliste", href: links.href(to: SitePaths.glossary)),
        ]
            + (knowledgeBase.guidelines.contains { $0.brochure != nil }
                ? [Crumb(title: "Pasientbrosjyren", href: links.href(to: SitePaths.brochure))] : [])
    }

    /// Renders Markdown for a page, with links, terms of the page's guideline, and placeholders.
    func markdown(for entry: Entry?, guideline: String?, links: PageLinks, terms: TermLinker?) -> MarkdownHTML {
        MarkdownHTML(knowledgeBase: knowledgeBase, links: links, terms: terms) { placeholder in
            BlockRenderer(context: self, links: links, entry: entry, guideline: guideline).render(placeholder)
        }
    }

    func termLinker(for entry: Entry) -> TermLinker? {
        guard let guideline = entry.guideline, let index = knowledgeBase.termIndexes[guideline] else { return nil }
        let explicit = Set(knowledgeBase.linksByID[entry.id]?.linkedFromText ?? [])
        return TermLinker(
            index: index, knowledgeBase: knowledgeBase, page: entry.id, explicitlyLinked: explicit,
            mentioned: knowledgeBase.mentionsByFile[entry.file])
    }
}

/// What the layout around every page shows. Made once per page, so it answers the template's key
/// lookups itself (`TemplateViewTests` checks it answers every field).
struct LayoutView: MustacheParent {
    let title: String
    let siteName: String
    let stylesheet: String
    let home: String
    let skip: String
    let search: String
    let menu: [Crumb]
    let banner: CurrencyBanner?
    let breadcrumbs: [Crumb]
    let content: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "siteName": siteName
        case "stylesheet": stylesheet
        case "home": home
        case "skip": skip
        case "search": search
        case "menu": menu
        case "banner": banner
        case "breadcrumbs": breadcrumbs
        case "content": content
        default: nil
        }
    }
}

/// A link in a menu or a list. Made for every page many times over, so it answers the templates' key
/// lookups itself instead of being reflected (`TemplateViewTests` checks it answers every field).
struct Crumb: MustacheParent {
    let title: String
    let href: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        default: nil
        }
    }
}

/// The guideline's currency and status, shown on every page of it (and so answering the template's
/// key lookups itself).
struct CurrencyBanner: MustacheParent, Hashable {
    let status: String
    let note: String
    let guideline: String

    func child(named name: String) -> Any? {
        switch name {
        case "status": status
        case "note": note
        case "guideline": guideline
        default: nil
        }
    }

    init(status: String, note: String, guideline: String) {
        self.status = status
        self.note = note
        self.guideline = guideline
    }

    init(_ guideline: Guideline) {
        self.status = guideline.status.label
        self.note = guideline.currency.note
        self.guideline = guideline.title
    }
}
