enum BrochureDecoder {
    static func decode(_ r: MappingReader) -> EntryContent {
        .brochure(BrochureSection(
            guideline: r.string("guideline"),
            order: r.int("order"),
            question: r.string("question"),
            status: r.vocabulary("status", BrochureStatus.self) ?? .utkast,
            approvedBy: r.optionalString("approved-by"),
            approvedDate: r.optionalDate("approved-date"),
            practicalInformation: r.optionalString("practical-information")))
    }
}
