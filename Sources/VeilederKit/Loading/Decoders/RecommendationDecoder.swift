enum RecommendationDecoder {
    static func decode(_ r: MappingReader) -> EntryContent {
        .recommendation(Recommendation(
            guideline: r.string("guideline"),
            section: r.string("section"),
            order: r.int("order"),
            table: r.optionalInt("table") ?? 1,
            topic: r.string("topic"),
            diagnosis: r.vocabulary("diagnosis", DiagnosisGroup.self) ?? .ikkeOppgitt,
            phases: r.vocabularies("phases", Phase.self),
            direction: r.vocabulary("direction", Direction.self) ?? .uklar,
            directionAsWritten: r.string("direction-as-written", hint: "\"anbefales ikke\""),
            strength: r.mapping("strength", subject: "«strength»") { s in
                Strength(
                    grades: s.vocabularies("grades", StrengthGrade.self),
                    asWritten: s.string("as-written", hint: "\"sterk grad\""),
                    basis: s.vocabulary("basis", StrengthBasis.self) ?? .ikkeOppgitt,
                    from: s.optionalID("from"))
            } ?? Strength(grades: [], asWritten: "", basis: .ikkeOppgitt, from: nil),
            evidence: r.mapping("evidence", subject: "«evidence»") { e in
                Evidence(
                    level: e.vocabulary("level", EvidenceLevel.self) ?? .ikkeOppgitt,
                    note: e.optionalString("note"),
                    pairing: e.optionalVocabulary("pairing", Pairing.self) ?? .sikker)
            } ?? Evidence(level: .ikkeOppgitt, note: nil, pairing: .sikker),
            citations: r.strings("citations"),
            reason: r.optionalString("reason"),
            documentationFrom: r.optionalID("documentation-from"),
            gaps: r.optionalStrings("gaps") ?? []))
    }
}
