/// The kind-specific public fields of an entry, with the content contract's key names.
enum EntryFields {
    static func of(_ entry: Entry) -> [String: FieldValue] {
        func texts(_ values: [String]) -> FieldValue { .list(values.map(FieldValue.text)) }
        func optional(_ value: String?) -> FieldValue? { value.map(FieldValue.text) }
        var fields: [String: FieldValue?] = [:]
        switch entry.content {
        case .recommendation(let r):
            fields = [
                "section": .text(r.section), "table": .number(Double(r.table)), "order": .number(Double(r.order)),
                "topic": .text(r.topic), "diagnosis": .text(r.diagnosis.rawValue), "phases": texts(r.phases.map(\.rawValue)),
                "direction": .text(r.direction.rawValue), "direction-as-written": .text(r.directionAsWritten),
                "strength": .map([
                    "grades": texts(r.strength.grades.map(\.rawValue)), "as-written": .text(r.strength.asWritten),
                    "basis": .text(r.strength.basis.rawValue),
                ].merging(r.strength.from.map { ["from": .text($0.rawValue)] } ?? [:]) { a, _ in a }),
                "evidence": .map([
                    "level": .text(r.evidence.level.rawValue), "pairing": .text(r.evidence.pairing.rawValue),
                ].merging(r.evidence.note.map { ["note": .text($0)] } ?? [:]) { a, _ in a }),
                "citations": texts(r.citations), "reason": optional(r.reason),
                "documentation-from": optional(r.documentationFrom?.rawValue), "gaps": r.gaps.isEmpty ? nil : texts(r.gaps),
            ]
        case .definition(let d):
            fields = ["term": .text(d.term), "forms": texts(d.forms), "see": texts(d.see.map(\.rawValue))]
        case .category(let c):
            fields = ["order": .number(Double(c.order)), "name": .text(c.name), "share": .text(c.share),
                      "diagnosis": .text(c.diagnosis.rawValue), "handling": .text(c.handling)]
        case .questionnaire(let q):
            fields = [
                "title": .text(q.title), "audience": .text(q.audience), "purpose": .text(q.purpose), "owner": .text(q.owner),
                "items": .list(q.items.map { item in
                    .map(["id": .text(item.id), "text": .text(item.text), "answer": .text(item.answer.rawValue),
                          "options": .list(item.options.map { .map(["id": .text($0.id), "label": .text($0.label)]) })])
                }),
                "scoring": q.scoring.map { s in
                    .map(["method": .text(s.method.rawValue), "max-missing": .number(Double(s.maxMissing)),
                          "reverse-items": texts(s.reverseItems),
                          "bands": .list(s.bands.map { b in
                              .map(["min": .number(b.min), "max": .number(b.max), "label": .text(b.label), "action": .text(b.action),
                                    "basis": .text(b.basis ?? "")])
                          })])
                },
            ]
        case .brochure(let b):
            fields = ["order": .number(Double(b.order)), "question": .text(b.question), "status": .text(b.status.rawValue),
                      "practical-information": optional(b.practicalInformation)]
        case .chapter(let c):
            fields = ["number": optional(c.number), "title": .text(c.title),
                      "sections": .list(c.sections.map { s in
                          .map(["title": .text(s.title), "anchor": .text(s.anchor)].merging(s.number.map { ["number": .text($0)] } ?? [:]) { a, _ in a })
                      }),
                      "gaps": c.gaps.isEmpty ? nil : texts(c.gaps)]
        case .article(let a):
            fields = ["title": .text(a.title), "authors": texts(a.authors), "publication": .text(a.publication), "year": .text(a.year),
                      "doi": .text(a.doi), "points": texts(a.points.map(\.text)),
                      "references": .list(a.references.map { .map(["number": .text($0.number), "text": .text($0.text)]) })]
        }
        return fields.compactMapValues { $0 }
    }
}
