/// The site's front page: the guidelines, the brochure, and quick routes to what a clinician needs
/// first — the short version, the red flags and the recommendations.
struct FrontPage {
    let context: RenderContext

    func render() -> OutputFile {
        let kb = context.knowledgeBase
        let path = SitePaths.frontPage
        let links = PageLinks(page: path)
        return context.page(path: path, title: RenderContext.siteName, guideline: nil, links: links) { links in
            func route(_ id: EntryID, _ title: String) -> Crumb? {
                kb.entry(id).map { Crumb(title: title, href: links.href(to: $0)) }
            }
            let routes = [
                route("kortversjonen", "Kortversjonen av retningslinjen for korsryggsmerter"),
                route("rode-flagg", "Røde flagg – når det haster"),
                Crumb(title: "Alle anbefalinger", href: links.href(to: SitePaths.recommendations)),
            ].compactMap { $0 }
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
