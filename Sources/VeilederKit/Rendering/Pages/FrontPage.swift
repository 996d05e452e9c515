/// The site's front page: the guidelines, the brochure, and quick routes to what a clinician needs
/// first — the short version, the red flags and the recommendations.
struct FrontPage {
    let context: RenderContext

    /// The entries the quick routes go to, with the route's own title; a route is left out while its entry does not exist.
    static let routes: [(id: EntryID, title: String)] = [
        ("kortversjonen", "Kortversjonen av retningslinjen for korsryggsmerter"),
        ("rode-flagg", "Røde flagg – når det haster"),
    ]

    func render() -> OutputFile {
        let kb = context.knowledgeBase
        let path = SitePaths.frontPage
        let links = PageLinks(page: path)
        return context.page(path: path, title: RenderContext.siteName, guideline: nil, links: links) { links in
            let routes = FrontPage.routes.compactMap { id, title in kb.entry(id).map { Crumb(title: title, href: links.href(to: $0)) } }
                + [Crumb(title: "Alle anbefalinger", href: links.href(to: SitePaths.recommendations))]
            return context.templates.render(FrontView(
                guidelines: kb.guidelines.sorted { $0.id < $1.id }.map { guideline in
                    GuidelineSummary(title: guideline.title, href: links.href(to: SitePaths.guideline(guideline.id)),
                                     status: guideline.status.label, currency: guideline.currency.note)
                },
                routes: routes,
                brochure: kb.guidelines.first { $0.brochure != nil }?.brochure.map {
                    Crumb(title: "\($0.title) – \($0.subtitle)", href: links.href(to: SitePaths.brochure))
                },
                articles: kb.entries.filter { $0.kind == .article }.map { Crumb(title: $0.displayTitle, href: links.href(to: $0)) }),
                "front")
        }
    }
}

struct FrontView {
    let guidelines: [GuidelineSummary]
    let routes: [Crumb]
    let brochure: Crumb?
    let articles: [Crumb]
}

struct GuidelineSummary {
    let title: String
    let href: String
    let status: String
    let currency: String
}
