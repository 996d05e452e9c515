/// The kind-specific public fields of an entry, with the content contract's key names.
enum EntryFields {
    static func of(_ entry: Entry) -> [String: JSONValue] {
        func optional(_ value: String?) -> JSONValue? { value.map(JSONValue.string) }
        var fields: [String: JSONValue?] = [:]
        switch entry.content {
        case .recommendation(let r):
            fields = [
                "section": .string(r.section), "table": .integer(r.table), "order": .integer(r.order),
                "topic": .string(r.topic), "diagnosis": .string(r.diagnosis.rawValue), "phases": .strings(r.phases.map(\.rawValue)),
                "direction": .string(r.direction.rawValue), "direction-as-written": .string(r.directionAsWritten),
                "strength": .object([
                    "grades": .strings(r.strength.grades.map(\.rawValue)), "as-written": .string(r.strength.asWritten),
                    "basis": .string(r.strength.basis.rawValue),
                ].merging(r.strength.from.map { ["from": .string($0.rawValue)] } ?? [:]) { a, _ in a }),
                "evidence": .object([
                    "level": .string(r.evidence.level.rawValue), "pairing": .string(r.evidence.pairing.rawValue),
                ].merging(r.evidence.note.map { ["note": .string($0)] } ?? [:]) { a, _ in a }),
                "citations": .strings(r.citations), "reason": optional(r.reason),
                "documentation-from": optional(r.documentationFrom?.rawValue), "gaps": r.gaps.isEmpty ? nil : .strings(r.gaps),
            ]
        case .definition(let d):
            fields = ["term": .string(d.term), "forms": .strings(d.forms), "see": .strings(d.see.map(\.rawValue))]
        case .category(let c):
            fields = ["order": .integer(c.order), "name": .string(c.name), "share": .string(c.share),
                      "diagnosis": .string(c.diagnosis.rawValue), "handling": .string(c.handling)]
        case .questionnaire(let q):
            fields = [
                "title": .string(q.title), "audience": .string(q.audience), "purpose": .string(q.purpose), "owner": .string(q.owner),
                "items": .array(q.items.map { item in
                    .object(["id": .string(item.id), "text": .string(item.text), "answer": .string(item.answer.rawValue),
                          "options": .array(item.options.map { .object(["id": .string($0.id), "label": .string($0.label)]) })])
                }),
                "scoring": q.scoring.map { s in
                    .object(["method": .string(s.method.rawValue), "max-missing": .integer(s.maxMissing),
                          "reverse-items": .strings(s.reverseItems),
                          "bands": .array(s.bands.map { b in
                              .object(["min": .number(b.min), "max": .number(b.max), "label": .string(b.label), "action": .string(b.action),
                                    "basis": .string(b.basis ?? "")])
                          })])
                },
            ]
        case .brochure(let b):
            fields = ["order": .integer(b.order), "question": .string(b.question), "status": .string(b.status.rawValue),
                      "practical-information": optional(b.practicalInformation)]
        case .chapter(let c):
            fields = ["number": optional(c.number), "title": .string(c.title),
                      "sections": .array(c.sections.map { s in
                          .object(["title": .string(s.title), "anchor": .string(s.anchor)].merging(s.number.map { ["number": .string($0)] } ?? [:]) { a, _ in a })
                      }),
                      "gaps": c.gaps.isEmpty ? nil : .strings(c.gaps)]
        case .article(let a):
            fields = ["title": .string(a.title), "authors": .strings(a.authors), "publication": .string(a.publication), "year": .string(a.year),
                      "doi": .string(a.doi), "points": .strings(a.points.map(\.text)),
                      "references": .array(a.references.map { .object(["number": .string($0.number), "text": .string($0.text)]) })]
        }
        return fields.compactMapValues { $0 }
    }
}
