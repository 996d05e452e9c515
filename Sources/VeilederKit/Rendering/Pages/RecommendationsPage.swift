import Mustache

/// Every recommendation in one table, grouped by guideline and section, with the counts per group
/// and per value. Without JavaScript it is the complete grouped table; `oversikt.js` adds live filters
/// by direction, strength, evidence level, phase and diagnosis group, kept in the URL.
struct RecommendationsPage {
    let context: RenderContext

    func render() -> OutputFile {
        let kb = context.knowledgeBase
        let path = SitePaths.recommendations
        let links = PageLinks(page: path)
        return context.page(path: path, title: "Alle anbefalinger", guideline: nil, links: links) { links in
            let all = kb.recommendations
            // Rows are rendered on all cores and, in an incremental build, kept until their entry changes.
            let context = self.context
            let rows = context.pieces(.overviewRow, all.map(\.entry)) { entry in
                let recommendation = entry.content.recommendation!
                return OverviewRow(
                    html: LinkedHTML(page: path) { RecommendationsPage.row((entry, recommendation), href: $0.href(to: entry), context) },
                    filterValues: RecommendationFilter.all.map { $0.positions(recommendation) })
            }
            let groups = Dictionary(grouping: all.indices) {
                SiteIndex.SectionKey(guideline: all[$0].recommendation.guideline, section: all[$0].recommendation.section)
            }
            let keys = groups.keys.map { ($0, $0.section.sectionNumbers) }
                .sorted { a, b in a.0.guideline != b.0.guideline ? a.0.guideline < b.0.guideline : a.1.lexicographicallyPrecedes(b.1) }
                .map(\.0)
            let view = RecommendationsView(
                count: all.count,
                script: links.href(to: SitePaths.overviewScript),
                filters: RecommendationFilter.all.enumerated().map { number, filter in
                    let counts = RecommendationFilter.counts(rows.lazy.map { $0.filterValues[number] }, of: filter.order.count)
                    return FilterView(key: filter.key, label: filter.label, options: filter.order.indices.compactMap { position in
                        counts[position] == 0 ? nil
                            : FilterOption(value: filter.order[position], label: filter.labelOf(filter.order[position]), count: counts[position])
                    })
                },
                groups: keys.map { key in
                    let members = groups[key]!.sorted { a, b in
                        let (x, y) = (all[a], all[b])
                        return (x.recommendation.table, x.recommendation.order, x.entry.id) < (y.recommendation.table, y.recommendation.order, y.entry.id)
                    }
                    let guideline = kb.guideline(key.guideline)
                    let chapter = context.index.chapterLocation(guideline: key.guideline, section: key.section)
                    let id = links.anchor("gruppe-\(key.guideline)-\(key.section.sectionAnchor)")
                    let memberRows = members.map { rows[$0].html.html }
                    for member in members { links.include(rows[member].html) }
                    let title = "\(key.section) \(guideline?.contentsItem(numbered: key.section)?.title ?? "")"
                    let chapterHref = chapter.map { links.href(to: $0.chapter, anchor: $0.anchor) }
                    let guidelineName = guideline?.shortTitle ?? key.guideline
                    // A group is rendered again only when its heading or one of its rows changed.
                    let inputs = [id, title, guidelineName, chapterHref ?? "\u{0}"] + memberRows
                    return context.composed(.overviewGroup, key: id, inputs: inputs) {
                        context.templates.render(RecommendationGroup(
                            id: id, title: title, guideline: guidelineName, chapter: chapterHref,
                            count: members.count, rows: memberRows.joined()), "recommendation-group")
                    }
                }.joined())
            return context.templates.render(view, "recommendations")
        }
    }

    /// One recommendation's row of the table, as HTML.
    static func row(_ item: (entry: Entry, recommendation: Recommendation), href: String, _ context: RenderContext) -> String {
        let recommendation = item.recommendation
        return context.templates.render(RecommendationListRow(
            href: href, title: item.entry.displayTitle, summary: RecommendationSummary(recommendation),
            phases: recommendation.phases.map(\.label).joined(separator: ", "),
            diagnosis: recommendation.diagnosis.label,
            attributes: RecommendationFilter.all.map { FilterAttribute(key: $0.key, value: $0.attribute(recommendation)) }),
            "recommendation-row")
    }
}

/// One way to filter the overview: its URL key, its label, and the values a recommendation has.
struct RecommendationFilter: Sendable {
    let key: String
    let label: String
    let valuesOf: @Sendable (Recommendation) -> [String]
    let labelOf: @Sendable (String) -> String
    let order: [String]

    func matches(_ recommendation: Recommendation, _ value: String) -> Bool { valuesOf(recommendation).contains(value) }
    func attribute(_ recommendation: Recommendation) -> String { valuesOf(recommendation).joined(separator: " ") }

    /// Where the recommendation's values stand in `order`, each once; values outside it are not offered.
    func positions(_ recommendation: Recommendation) -> [Int] {
        var positions: [Int] = []
        for value in valuesOf(recommendation) {
            if let position = order.firstIndex(of: value), !positions.contains(position) { positions.append(position) }
        }
        return positions
    }

    /// How many recommendations have each value, by position in the order: from each row's positions.
    static func counts<Rows: Sequence<[Int]>>(_ positions: Rows, of count: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: count)
        for row in positions {
            for position in row { counts[position] += 1 }
        }
        return counts
    }

    static let all: [RecommendationFilter] = [
        RecommendationFilter(
            key: "retning", label: "Retning", valuesOf: { [$0.direction.rawValue] },
            labelOf: { Direction(rawValue: $0)?.label ?? $0 }, order: Direction.allowedValues),
        RecommendationFilter(
            key: "styrke", label: "Styrke", valuesOf: { $0.strength.grades.isEmpty ? ["ikke-oppgitt"] : $0.strength.grades.map(\.rawValue) },
            labelOf: { StrengthGrade(rawValue: $0)?.label.capitalizedFirst ?? "Ikke oppgitt" },
            order: StrengthGrade.allowedValues + ["ikke-oppgitt"]),
        RecommendationFilter(
            key: "niva", label: "Nivå på dokumentasjon", valuesOf: { [$0.evidence.level.rawValue] },
            labelOf: { EvidenceLevel(rawValue: $0).map { level in level.stars.map { "\($0) \(level.label)" } ?? level.label } ?? $0 },
            order: EvidenceLevel.allowedValues),
        RecommendationFilter(
            key: "fase", label: "Fase eller forebyggingsnivå", valuesOf: { $0.phases.map(\.rawValue) },
            labelOf: { Phase(rawValue: $0)?.label ?? $0 }, order: Phase.allowedValues),
        RecommendationFilter(
            key: "diagnose", label: "Diagnosegruppe", valuesOf: { [$0.diagnosis.rawValue] },
            labelOf: { DiagnosisGroup(rawValue: $0)?.label ?? $0 }, order: DiagnosisGroup.allowedValues),
    ]
}

struct RecommendationsView {
    let count: Int
    let script: String
    let filters: [FilterView]
    /// The groups' HTML, one after another.
    let groups: String
}

struct FilterView {
    let key: String
    let label: String
    let options: [FilterOption]
}

struct FilterOption {
    let value: String
    let label: String
    let count: Int
}

/// One recommendation's row of the overview and where its values stand in each filter's order: the
/// piece kept for it, so that the counts need nothing else.
struct OverviewRow: Sendable {
    let html: LinkedHTML
    let filterValues: [[Int]]
}

/// One section of the overview, rendered from `recommendation-group`; answers the template's key lookups itself.
struct RecommendationGroup: MustacheParent {
    let id: String
    let title: String
    let guideline: String
    let chapter: String?
    let count: Int
    /// The rows' HTML, made from the `recommendation-row` template.
    let rows: String

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "guideline": guideline
        case "chapter": chapter
        case "count": count
        case "rows": rows
        default: nil
        }
    }
}

/// One row of the overview, made for every recommendation; answers the template's key lookups itself.
struct RecommendationListRow: MustacheParent {
    let href: String
    let title: String
    let summary: RecommendationSummary
    let phases: String
    let diagnosis: String
    let attributes: [FilterAttribute]

    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "summary": summary
        case "phases": phases
        case "diagnosis": diagnosis
        case "attributes": attributes
        default: nil
        }
    }
}

/// One `data-` attribute of an overview row; made five times per recommendation, so it answers the
/// template's key lookups itself (`TemplateViewTests` checks it answers every field).
struct FilterAttribute: MustacheParent {
    let key: String
    let value: String

    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "value": value
        default: nil
        }
    }
}
