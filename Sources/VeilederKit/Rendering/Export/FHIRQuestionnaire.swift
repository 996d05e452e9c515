import Foundation

/// Each published questionnaire as an HL7 FHIR R4 `Questionnaire` (site/data/fhir/<id>.json):
/// items with `linkId`, `text` and `type`, answers as `answerOption`, and scores as the standard
/// `ordinalValue` extension. Free text stays free text; nothing the guideline does not give is added.
struct FHIRQuestionnaire {
    static let ordinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
    let context: RenderContext

    static func path(for id: EntryID) -> String { "data/fhir/\(id).json" }

    func render() -> [OutputFile] {
        let context = self.context
        return context.pieces(.fhirQuestionnaire, context.knowledgeBase.entries.filter { $0.kind == .questionnaire }) { entry in
            FHIRQuestionnaire(context: context).resource(entry)
        }.compactMap { $0 }
    }

    /// The entry's file, or nil when it is no questionnaire or one that may not be published.
    func resource(_ entry: Entry) -> OutputFile? {
        let kb = context.knowledgeBase
        guard let questionnaire = entry.content.questionnaire, questionnaire.mayBePublished else {
            return nil
        }
        let guideline = kb.guideline(questionnaire.guideline)
        var resource: [String: JSONValue] = [
            "resourceType": .string("Questionnaire"),
            "id": .string(entry.id.rawValue),
            "language": .string("nb"),
            "status": .string("active"),
            "title": .string(questionnaire.title),
            "description": .string(questionnaire.purpose),
            "item": .array(questionnaire.items.map { .object(item(entry.id, $0)) }),
        ]
        if let guideline {
            resource["publisher"] = .string(questionnaire.isOwnedByGuideline ? guideline.publishers.joined(separator: " og ") : questionnaire.owner)
        }
        if let licence = questionnaire.licence { resource["copyright"] = .string("\(licence.holder): \(licence.terms)") }
        return OutputFile(path: FHIRQuestionnaire.path(for: entry.id), bytes: JSONValue.object(resource).bytes(pretty: true) + [0x0A])
    }

    func item(_ questionnaire: EntryID, _ item: QuestionItem) -> [String: JSONValue] {
        var result: [String: JSONValue] = ["linkId": .string(item.id), "text": .string(item.text)]
        let system = "urn:veileder:\(questionnaire)"
        func coded(_ code: String, _ display: String, _ score: Double?) -> JSONValue {
            var option: [String: JSONValue] = ["valueCoding": .object(["system": .string(system), "code": .string(code), "display": .string(display)])]
            if let score { option["extension"] = .array([.object(["url": .string(FHIRQuestionnaire.ordinalValue), "valueDecimal": .number(score)])]) }
            return .object(option)
        }
        switch item.answer {
        case .jaNei:
            result["type"] = .string("choice")
            result["answerOption"] = .array([coded("ja", "Ja", 1), coded("nei", "Nei", 0)])
        case .skala:
            result["type"] = .string("choice")
            if let scale = item.scale {
                result["answerOption"] = .array((scale.min...max(scale.min, scale.max)).map { value in
                    .object(["valueInteger": .integer(value),
                              "extension": .array([.object(["url": .string(FHIRQuestionnaire.ordinalValue), "valueDecimal": .integer(value)])])])
                })
            }
        case .valg, .flervalg:
            result["type"] = .string("choice")
            if item.answer == .flervalg { result["repeats"] = .bool(true) }
            result["answerOption"] = .array(item.options.map { coded($0.id, $0.label, $0.score) })
        case .fritekst:
            result["type"] = .string("text")
        }
        return result
    }
}
