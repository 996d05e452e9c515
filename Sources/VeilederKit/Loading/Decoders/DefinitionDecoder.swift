enum DefinitionDecoder {
    static func decode(_ r: MappingReader) -> EntryContent {
        .definition(Definition(
            guideline: r.string("guideline"),
            term: r.string("term"),
            forms: r.strings("forms"),
            see: r.strings("see").map { EntryID($0) }))
    }
}
