import Foundation
import Mustache

/// The page of one recommendation.
struct RecommendationPage {
    let context: RenderContext

    func render(_ entry: Entry, _ recommendation: Recommendation) -> OutputFile {
        let kb = context.knowledgeBase
        let path = SitePaths.location(of: entry).page
        let guideline = kb.guideline(recommendation.guideline)
        let links = PageLinks(page: path)
        let chapter = context.index.chapterLocation(guideline: recommendation.guideline, section: recommendation.section)
        var crumbs: [(String, String)] = []
        if let guideline { crumbs.append((guideline.shortTitle, SitePaths.guideline(guideline.id))) }
        if let chapter { crumbs.append((chapter.chapter.displayTitle, SitePaths.location(of: chapter.chapter).page)) }
        return context.page(path: path, title: entry.displayTitle, guideline: guideline, breadcrumbs: crumbs, links: links) { links in
            // Text and documentation share one term linker: a term is linked where it first appears.
            let body = context.bodyParts(of: entry) {
                let terms = context.termLinker(for: entry)
                let parts = RecommendationParts(entry.body.text)
                func markdown(_ links: PageLinks) -> MarkdownHTML {
                    context.markdown(for: entry, guideline: recommendation.guideline, links: links, terms: terms)
                }
                return [
                    LinkedHTML(page: path) { markdown($0).render(parts.text, headingAnchors: [], minimumHeadingLevel: 3) },
                    LinkedHTML(page: path) { markdown($0).render(parts.documentation, minimumHeadingLevel: 3) },
                ]
            }
            for part in body { links.include(part) }
            let view = RecommendationView(
                title: entry.displayTitle,
                summary: RecommendationSummary(recommendation),
                diagnosis: recommendation.diagnosis.label,
                phases: recommendation.phases.map(\.label).joined(separator: ", "),
                text: body[0].html,
                documentation: body[1].html,
                directionAsWritten: recommendation.directionAsWritten == "ikke-oppgitt" ? nil : recommendation.directionAsWritten,
                strengthAsWritten: recommendation.strength.asWritten == "ikke-oppgitt" ? nil : recommendation.strength.asWritten,
                inheritedFrom: recommendation.strength.from.flatMap(kb.entry).map { Crumb(title: $0.displayTitle, href: links.href(to: $0)) },
                evidenceNote: recommendation.evidence.note,
                uncertainPairing: recommendation.evidence.pairing == .usikker,
                reason: recommendation.reason.map { $0 == Recommendation.reasonNotGiven ? "Kilden oppgir ingen begrunnelse." : $0 },
                documentationFrom: recommendation.documentationFrom.flatMap(kb.entry).map { Crumb(title: $0.displayTitle, href: links.href(to: $0)) },
                citations: recommendation.citations.joined(separator: "; "),
                section: chapter.map { Crumb(title: "\(recommendation.section) \(sectionTitle(recommendation))", href: links.href(to: $0.chapter, anchor: $0.anchor)) },
                gaps: recommendation.gaps,
                related: context.linkItems(to: related(entry, recommendation), links: links),
                backlinks: context.linkItems(to: (kb.backlinks[entry.id] ?? []).compactMap(kb.entry), links: links),
                updated: entry.updated,
                source: guideline.map { "\($0.shortTitle) \($0.year), kap. \(recommendation.section)" },
                jsonLD: RecommendationPage.jsonLD(entry, recommendation, guideline: guideline))
            return context.templates.render(view, "recommendation")
        }
    }

    /// schema.org's MedicalGuidelineRecommendation: the strength and the evidence in the guideline's
    /// own words. No `evidenceLevel`: the guideline refused to map its levels to A–C.
    static func jsonLD(_ entry: Entry, _ recommendation: Recommendation, guideline: Guideline?) -> String {
        let summary = RecommendationSummary(recommendation)
        var object: [String: JSONValue] = [
            "@context": .string("https://schema.org"),
            "@type": .string("MedicalGuidelineRecommendation"),
            "name": .string(entry.displayTitle),
            "inLanguage": .string("nb"),
            "recommendationStrength": .string(recommendation.strength.asWritten == "ikke-oppgitt"
                ? "\(recommendation.direction.label); styrke ikke oppgitt i kilden"
                : "\(recommendation.direction.label) (\(recommendation.strength.asWritten))"),
            "evidenceOrigin": .string(summary.stars.map { "\(summary.evidence) (\($0))" } ?? summary.evidence),
            "guidelineSubject": .object(["@type": .string("MedicalCondition"), "name": .string(recommendation.diagnosis.label)]),
        ]
        if let guideline { object["guidelineDate"] = .string(guideline.year) }
        return JSONValue.object(object).scriptText
    }

    private func sectionTitle(_ recommendation: Recommendation) -> String {
        context.knowledgeBase.guideline(recommendation.guideline)?.contentsItem(numbered: recommendation.section)?.title ?? ""
    }

    /// Other recommendations on the same topic in the same section.
    private func related(_ entry: Entry, _ recommendation: Recommendation) -> [Entry] {
        (context.index.topics[SiteIndex.TopicKey(
            guideline: recommendation.guideline, section: recommendation.section, topic: recommendation.topic)] ?? [])
            .filter { $0.id != entry.id }
    }
}

struct RecommendationView: MustacheParent {
    let title: String
    let summary: RecommendationSummary
    let diagnosis: String
    let phases: String
    let text: String
    let documentation: String
    let directionAsWritten: String?
    let strengthAsWritten: String?
    let inheritedFrom: Crumb?
    let evidenceNote: String?
    let uncertainPairing: Bool
    let reason: String?
    let documentationFrom: Crumb?
    let citations: String
    let section: Crumb?
    let gaps: [String]
    /// The links to recommendations on the same topic and to the entries that link here, each made
    /// from `link-item`: as lists in this template, their lengths made a shape of page for almost
    /// every recommendation, and the pages were rendered whole.
    let related: String
    let backlinks: String
    let updated: String?
    let source: String?
    let jsonLD: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "summary": summary
        case "diagnosis": diagnosis
        case "phases": phases
        case "text": text
        case "documentation": documentation
        case "directionAsWritten": directionAsWritten
        case "strengthAsWritten": strengthAsWritten
        case "inheritedFrom": inheritedFrom
        case "evidenceNote": evidenceNote
        case "uncertainPairing": uncertainPairing
        case "reason": reason
        case "documentationFrom": documentationFrom
        case "citations": citations
        case "section": section
        case "gaps": gaps
        case "related": related
        case "backlinks": backlinks
        case "updated": updated
        case "source": source
        case "jsonLD": jsonLD
        default: nil
        }
    }
}
