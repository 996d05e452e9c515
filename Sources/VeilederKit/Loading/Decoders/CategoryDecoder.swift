enum CategoryDecoder {
    static func decode(_ r: MappingReader) -> EntryContent {
        .category(Category(
            guideline: r.string("guideline"),
            order: r.int("order"),
            name: r.string("name"),
            share: r.string("share", hint: "\"80–90 %\""),
            diagnosis: r.vocabulary("diagnosis", DiagnosisGroup.self) ?? .ikkeOppgitt,
            handling: r.string("handling")))
    }
}
