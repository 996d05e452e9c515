enum EditorialDecoder {
    static func decode(_ r: MappingReader, owner: String) -> EditorialRecord {
        EditorialRecord(
            owner: owner,
            file: r.context.file,
            reviewed: r.optionalDate("reviewed"),
            notes: r.optionalMappings("review-notes", subject: "en merknad") { n in
                ReviewNote(
                    text: n.string("text"), by: n.string("by"),
                    status: n.vocabulary("status", ReviewStatus.self) ?? .aapen,
                    anchor: n.string("anchor", hint: "ukjent"),
                    location: n.context.location(n.mark))
            } ?? [])
    }
}
