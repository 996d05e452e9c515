/// Every recommendation on one page, grouped by guideline and section.
struct RecommendationsPage {
    let context: RenderContext

    func render() -> OutputFile {
        let kb = context.knowledgeBase
        let path = SitePaths.recommendations
        let links = PageLinks(page: path)
        return context.page(path: path, title: "Alle anbefalinger", guideline: nil, links: links) { links in
            let groups = Dictionary(grouping: kb.recommendations) { "\($0.recommendation.guideline)|\($0.recommendation.section)" }
            let sorted = groups.keys.sorted { a, b in
                let (ga, sa) = (a.split(separator: "|")[0], String(a.split(separator: "|")[1]))
                let (gb, sb) = (b.split(separator: "|")[0], String(b.split(separator: "|")[1]))
                return ga != gb ? ga < gb : sa.sectionPrecedes(sb)
            }
            return context.templates.render(RecommendationsView(
                count: kb.recommendations.count,
                groups: sorted.map { key in
                    let members = groups[key]!.sorted { ($0.recommendation.table, $0.recommendation.order, $0.entry.id) < ($1.recommendation.table, $1.recommendation.order, $1.entry.id) }
                    let first = members[0].recommendation
                    let title = kb.guideline(first.guideline)?.contentsItem(numbered: first.section)?.title ?? ""
                    return RecommendationGroup(
                        id: links.anchor("avsnitt-\(first.guideline)-\(first.section.replacingOccurrences(of: ".", with: "-"))"),
                        title: "\(first.section) \(title)",
                        rows: members.map { entry, recommendation in
                            RecommendationListRow(href: links.href(to: entry), title: entry.displayTitle, summary: RecommendationSummary(recommendation))
                        })
                }), "recommendations")
        }
    }
}

struct RecommendationsView {
    let count: Int
    let groups: [RecommendationGroup]
}

struct RecommendationGroup {
    let id: String
    let title: String
    let rows: [RecommendationListRow]
}

struct RecommendationListRow {
    let href: String
    let title: String
    let summary: RecommendationSummary
}

