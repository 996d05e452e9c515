import Foundation
import Mustache

/// A questionnaire or checklist as a readable list (the interactive form comes with the
/// questionnaire issue). An instrument the guideline does not own is published only with its licence.
struct QuestionnairePage {
    let context: RenderContext

    func render(_ entry: Entry, _ questionnaire: Questionnaire) -> OutputFile? {
        guard questionnaire.mayBePublished else { return nil }
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
                body: markdown.render(entry.body.text, headingAnchors: kb.headingAnchors(of: entry.id)),
                items: questionnaire.items.enumerated().map { index, item in
                    context.templates.render(ItemView(
                        id: links.anchor(item.id), number: index + 1, text: item.text, answer: item.answer.label,
                        scale: item.scale.map { "\($0.min) = \($0.minLabel) … \($0.max) = \($0.maxLabel)" },
                        choices: choices(item), freeText: item.answer == .fritekst,
                        scored: questionnaire.scoring != nil && item.answer != .fritekst), "questionnaire-item")
                }.joined(),
                scored: questionnaire.scoring != nil,
                definition: QuestionnairePage.definitionJSON(questionnaire),
                script: links.href(to: SitePaths.questionnaireScript),
                bands: questionnaire.scoring?.bands.map { band in
                    BandView(range: band.min == band.max ? format(band.min) : "\(format(band.min))–\(format(band.max))",
                             label: band.label, action: band.action, basis: band.basis)
                } ?? [],
                method: questionnaire.scoring?.method.label,
                licence: questionnaire.licence.map { "\($0.holder): \($0.terms)" },
                backlinks: context.linkItems(to: (kb.backlinks[entry.id] ?? []).compactMap(kb.entry), links: links),
                handout: Handouts(context: context).path(for: entry).map { links.href(to: $0) },
                updated: entry.updated), "questionnaire")
        }
    }

    /// The inputs of an item: yes/no, each point of a scale, or each option.
    private func choices(_ item: QuestionItem) -> [ChoiceView] {
        switch item.answer {
        case .jaNei:
            return [ChoiceView(id: "\(item.id)-ja", name: item.id, value: "ja", label: "Ja", multiple: false),
                    ChoiceView(id: "\(item.id)-nei", name: item.id, value: "nei", label: "Nei", multiple: false)]
        case .skala:
            guard let scale = item.scale else { return [] }
            return (scale.min...max(scale.min, scale.max)).map { value in
                let label = value == scale.min ? "\(value) (\(scale.minLabel))" : value == scale.max ? "\(value) (\(scale.maxLabel))" : "\(value)"
                return ChoiceView(id: "\(item.id)-\(value)", name: item.id, value: "\(value)", label: label, multiple: false)
            }
        case .valg, .flervalg:
            return item.options.map { ChoiceView(id: "\(item.id)-\($0.id)", name: item.id, value: $0.id, label: $0.label, multiple: item.answer == .flervalg) }
        case .fritekst:
            return []
        }
    }

    /// The scoring definition the page's script uses: the same data `QuestionnaireScoring` reads.
    static func definitionJSON(_ questionnaire: Questionnaire) -> String {
        guard let scoring = questionnaire.scoring else { return "" }
        var items: [String: JSONValue] = [:]
        for item in questionnaire.items where item.answer != .fritekst {
            let range = (try? QuestionnaireScoring.scoreRange(item)) ?? 0...0
            var scores: [String: JSONValue] = [:]
            switch item.answer {
            case .jaNei: scores = ["ja": .string("1"), "nei": .string("0")]
            case .skala: if let scale = item.scale { for v in scale.min...max(scale.min, scale.max) { scores["\(v)"] = .string("\(v)") } }
            default: for option in item.options { scores[option.id] = .string(QuestionnaireScoringFormat.number(option.score ?? 0)) }
            }
            items[item.id] = .object([
                "scores": .object(scores), "min": .string(QuestionnaireScoringFormat.number(range.lowerBound)),
                "max": .string(QuestionnaireScoringFormat.number(range.upperBound)),
                "multiple": .bool(item.answer == .flervalg), "reverse": .bool(scoring.reverseItems.contains(item.id)),
            ])
        }
        let object: JSONValue = .object([
            "method": .string(scoring.method.rawValue), "maxMissing": .string("\(scoring.maxMissing)"), "items": .object(items),
            "bands": .array(scoring.bands.map { band in
                .object(["min": .string(QuestionnaireScoringFormat.number(band.min)), "max": .string(QuestionnaireScoringFormat.number(band.max)),
                         "label": .string(band.label), "action": .string(band.action)])
            }),
        ])
        return object.scriptText
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}

struct QuestionnaireView: MustacheParent {
    let title: String
    let audience: String
    let purpose: String
    let owner: String?
    let body: String
    /// The items' HTML, each made from `questionnaire-item`: as a list in this template, every
    /// number of items was a shape of its own, and every questionnaire was rendered whole.
    let items: String
    let scored: Bool
    let definition: String
    let script: String
    let bands: [BandView]
    let method: String?
    let licence: String?
    /// The links to the entries that link here, made from `link-item`.
    let backlinks: String
    let handout: String?
    let updated: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "audience": audience
        case "purpose": purpose
        case "owner": owner
        case "body": body
        case "items": items
        case "scored": scored
        case "definition": definition
        case "script": script
        case "bands": bands
        case "method": method
        case "licence": licence
        case "backlinks": backlinks
        case "handout": handout
        case "updated": updated
        default: nil
        }
    }
}

struct ItemView: MustacheParent {
    let id: String
    let number: Int
    let text: String
    let answer: String
    let scale: String?
    let choices: [ChoiceView]
    let freeText: Bool
    let scored: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "number": number
        case "text": text
        case "answer": answer
        case "scale": scale
        case "choices": choices
        case "freeText": freeText
        case "scored": scored
        default: nil
        }
    }
}

struct ChoiceView: MustacheParent {
    let id: String
    let name: String
    let value: String
    let label: String
    let multiple: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "value": value
        case "label": label
        case "multiple": multiple
        default: nil
        }
    }
}

enum QuestionnaireScoringFormat {
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

struct BandView: MustacheParent {
    let range: String
    let label: String
    let action: String
    let basis: String?

    func child(named name: String) -> Any? {
        switch name {
        case "range": range
        case "label": label
        case "action": action
        case "basis": basis
        default: nil
        }
    }
}
