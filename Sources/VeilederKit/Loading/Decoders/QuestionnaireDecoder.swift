enum QuestionnaireDecoder {
    static func decode(_ r: MappingReader) -> EntryContent {
        .questionnaire(Questionnaire(
            guideline: r.string("guideline"),
            title: r.string("title"),
            audience: r.string("audience"),
            purpose: r.string("purpose"),
            owner: r.string("owner", hint: Questionnaire.guidelineOwner),
            items: r.mappings("items") { item($0) },
            sections: r.optionalMappings("sections") { s in
                QuestionnaireSection(id: s.string("id"), title: s.string("title"), items: s.strings("items"))
            } ?? [],
            scoring: r.optionalMapping("scoring", subject: "«scoring»") { scoring($0) },
            examples: r.optionalMappings("examples") { e in
                WorkedExample(
                    answers: e.scalarMapping("answers"), score: e.number("score"), band: e.string("band"),
                    location: e.context.location(e.mark))
            } ?? [],
            licence: r.optionalMapping("licence", subject: "«licence»") { l in
                Licence(
                    holder: l.string("holder"), terms: l.string("terms"),
                    modificationAllowed: l.vocabulary("modification-allowed", YesNo.self)?.bool ?? false,
                    permission: l.string("permission"))
            }))
    }

    private static func item(_ i: MappingReader) -> QuestionItem {
        QuestionItem(
            id: i.string("id"),
            text: i.string("text"),
            answer: i.vocabulary("answer", AnswerType.self) ?? .fritekst,
            scale: i.optionalMapping("scale", subject: "«scale»") { s in
                Scale(min: s.int("min"), max: s.int("max"), minLabel: s.string("min-label"), maxLabel: s.string("max-label"))
            },
            options: i.optionalMappings("options") { o in
                AnswerOption(id: o.string("id"), label: o.string("label"), score: o.optionalNumber("score"))
            } ?? [])
    }

    private static func scoring(_ s: MappingReader) -> Scoring {
        Scoring(
            method: s.vocabulary("method", ScoringMethod.self) ?? .antallJa,
            reverseItems: s.optionalStrings("reverse-items") ?? [],
            maxMissing: s.int("max-missing"),
            bands: s.mappings("bands") { b in
                Band(
                    min: b.number("min"), max: b.number("max"), label: b.string("label"),
                    action: b.string("action"), basis: b.optionalString("basis"))
            })
    }
}
