enum ProvenanceDecoder {
    static func decode(_ r: MappingReader, required: Bool) -> Provenance? {
        let corrections = r.optionalMappings("corrections") { c in
            Correction(from: c.string("from"), to: c.string("to"))
        } ?? []
        let read: (MappingReader) -> Provenance = { s in
            Provenance(document: s.string("document"), spans: SpanDecoder.spans(s, "lines"), corrections: corrections)
        }
        return required
            ? r.mapping("source", subject: "«source»", read)
            : r.optionalMapping("source", subject: "«source»", read)
    }
}
