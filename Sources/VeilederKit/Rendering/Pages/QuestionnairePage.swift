/// A questionnaire or checklist as a readable list (the interactive form comes with the
/// questionnaire issue). An instrument the guideline does not own is published only with its licence.
struct QuestionnairePage {
    let context: RenderContext

    func render(_ entry: Entry, _ questionnaire: Questionnaire) -> OutputFile? {
        guard questionnaire.isOwnedByGuideline || questionnaire.licence != nil else { return nil }
        let kb = context.knowledgeBase
        let path = SitePaths.location(of: entry).page
        let guideline = kb.guideline(questionnaire.guideline)
        let links = PageLinks(page: path)
        let crumbs = guideline.map { [($0.shortTitle, SitePaths.guideline($0.id))] } ?? []
        return context.page(path: path, title: questionnaire.title, guideline: guideline, breadcrumbs: crumbs, links: links) { links in
            let markdown = context.markdown(for: entry, guideline: questionnaire.guideline, links: links, terms: context.termLinker(for: entry))
            return context.templates.render(QuestionnaireView(
                title: questionnaire.title, audience: questionnaire.audience, purpose: questionnaire.purpose,
                owner: questionnaire.isOwnedByGuideline ? nil : questionnaire.owner,
                body: markdown.render(entry.body.text, headingAnchors: kb.headingAnchors[entry.id] ?? []),
                items: questionnaire.items.map { item in
                    ItemView(id: links.anchor(item.id), text: item.text, answer: item.answer.label,
                             scale: item.scale.map { "\($0.min) = \($0.minLabel) … \($0.max) = \($0.maxLabel)" },
                             options: item.options.map(\.label))
                },
                bands: questionnaire.scoring?.bands.map { band in
                    BandView(range: band.min == band.max ? format(band.min) : "\(format(band.min))–\(format(band.max))",
                             label: band.label, action: band.action, basis: band.basis)
                } ?? [],
                method: questionnaire.scoring?.method.label,
                licence: questionnaire.licence.map { "\($0.holder): \($0.terms)" },
                backlinks: (kb.backlinks[entry.id] ?? []).compactMap(kb.entry).map { Crumb(title: $0.displayTitle, href: links.href(to: $0)) },
                handout: Handouts(context: context).path(for: entry).map { links.href(to: $0) },
                updated: entry.updated), "questionnaire")
        }
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}

struct QuestionnaireView {
    let title: String
    let audience: String
    let purpose: String
    let owner: String?
    let body: String
    let items: [ItemView]
    let bands: [BandView]
    let method: String?
    let licence: String?
    let backlinks: [Crumb]
    let handout: String?
    let updated: String?
}

struct ItemView {
    let id: String
    let text: String
    let answer: String
    let scale: String?
    let options: [String]
}

struct BandView {
    let range: String
    let label: String
    let action: String
    let basis: String?
}

import Foundation
