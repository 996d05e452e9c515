import Foundation
import Mustache

/// Renders the blocks that placeholder paragraphs name, through their templates.
struct BlockRenderer {
    let context: RenderContext
    let links: PageLinks
    let entry: Entry?
    let guideline: String?

    func render(_ placeholder: BlockPlaceholder) -> String? {
        if let (section, table) = placeholder.recommendationTable {
            return recommendationTable(section: section, table: table)
        }
        let chapter = entry?.content.chapter
        let id = placeholder.arguments.first
        switch placeholder.name {
        case "graderingstabell":
            return context.templates.render(GradingTableView(), "grading-table")
        case "tabell":
            return chapter?.tables.first { $0.id == id }.map { dataTable($0) }
        case "personer":
            return chapter?.people.first { $0.id == id }.map { people($0, chapter: chapter!) }
        case "rad":
            return chapter?.advice.first { $0.id == id }.map { advice($0) }
        case "figur":
            let figures = Figures(context: context, links: links)
            switch id {
            case "triage": return guideline.flatMap(figures.triage)
            case "anbefalinger": return guideline.flatMap(figures.recommendationChart)
            default: return nil
            }
        default:
            return nil
        }
    }

    func recommendationTable(section: String, table: Int) -> String {
        let rows = context.index.tables[SiteIndex.TableKey(guideline: guideline ?? "", section: section, table: table)] ?? []
        let markdown = context.markdown(for: nil, guideline: guideline, links: links, terms: nil)
        let view = RecommendationTableView(
            id: links.anchor("anbefalinger-\(section.sectionAnchor)\(table > 1 ? "-\(table)" : "")"),
            caption: "Anbefalinger \(section)\(table > 1 ? " (tabell \(table))" : "")",
            rows: rows.map { entry, recommendation in
                let parts = RecommendationParts(entry.body.text)
                return context.templates.render(RecommendationRow(
                    href: links.href(to: entry),
                    topic: recommendation.topic,
                    phases: recommendation.phases.map(\.label).joined(separator: ", "),
                    summary: RecommendationSummary(recommendation),
                    text: markdown.render(parts.text, minimumHeadingLevel: 4),
                    documentation: markdown.render(parts.documentation, minimumHeadingLevel: 4),
                    uncertainPairing: recommendation.evidence.pairing == .usikker), "recommendation-table-row")
            }.joined())
        return context.templates.render(view, "recommendation-table")
    }

    func dataTable(_ table: DataTable) -> String {
        context.templates.render(DataTableView(
            id: links.anchor(table.id), caption: table.caption, columns: table.columns,
            rows: table.rows.map { DataTableRow(cells: $0) }), "data-table")
    }

    func people(_ group: PeopleGroup, chapter: Chapter) -> String {
        context.templates.render(PeopleView(
            id: links.anchor(group.id), title: group.title, intro: group.intro,
            members: group.members.map { member in
                PersonView(name: member.name, role: member.role, affiliation: member.affiliation,
                           footnote: member.footnote.map { mark in
                               FootnoteMark(mark: mark, href: links.href(to: links.page, anchor: "fotnote-\(mark)"))
                           })
            }), "people")
    }

    func advice(_ block: AdviceBlock) -> String {
        context.templates.render(AdviceView(
            id: links.anchor(block.id), title: block.title, advice: block.advice, consequence: block.consequence), "advice")
    }
}

/// A recommendation table. Its rows are rendered one by one from `recommendation-table-row`: as a
/// list in this template, every number of rows was a shape of its own, and the real tables were
/// rendered whole, at two million instructions each.
struct RecommendationTableView: MustacheParent {
    let id: String
    let caption: String
    /// The rows' HTML.
    let rows: String

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "caption": caption
        case "rows": rows
        default: nil
        }
    }
}

/// One row of a recommendation table, made for every recommendation; answers the template's key lookups itself.
struct RecommendationRow: MustacheParent {
    let href: String
    let topic: String
    let phases: String
    let summary: RecommendationSummary
    let text: String
    let documentation: String
    let uncertainPairing: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "topic": topic
        case "phases": phases
        case "summary": summary
        case "text": text
        case "documentation": documentation
        case "uncertainPairing": uncertainPairing
        default: nil
        }
    }
}

struct GradingTableView {
    struct Row {
        let name: String
        let stars: String?
        let definition: String
    }

    let caption = GradingTable.caption
    let evidence = GradingTable.evidenceRows.map { Row(name: $0.level.label, stars: $0.level.stars, definition: $0.definition) }
    let strength = GradingTable.strengthRows.map { Row(name: $0.name, stars: nil, definition: $0.definition) }
}

struct DataTableView {
    let id: String
    let caption: String
    let columns: [String]
    let rows: [DataTableRow]
}

struct DataTableRow {
    let cells: [String]
}

/// A group of people: answers the template's key lookups itself, as reflecting it and its members
/// cost four million instructions a group.
struct PeopleView: MustacheParent {
    let id: String
    let title: String
    let intro: String?
    let members: [PersonView]

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "intro": intro
        case "members": members
        default: nil
        }
    }
}

struct PersonView: MustacheParent {
    let name: String
    let role: String?
    let affiliation: String
    let footnote: FootnoteMark?

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "role": role
        case "affiliation": affiliation
        case "footnote": footnote
        default: nil
        }
    }
}

struct FootnoteMark: MustacheParent {
    let mark: String
    let href: String

    func child(named name: String) -> Any? {
        switch name {
        case "mark": mark
        case "href": href
        default: nil
        }
    }
}

struct AdviceView {
    let id: String
    let title: String
    let advice: String
    let consequence: String?
}
