enum SpanDecoder {
    /// Line spans written `["1880-1885", "1837"]`.
    static func spans(_ r: MappingReader, _ key: String) -> [LineSpan] {
        r.strings(key).compactMap { text in
            if let span = LineSpan(parsing: text) { return span }
            r.context.report(BadValueRule.description, at: r.node(key)?.mark,
                             "«\(text)» er ikke et linjespenn (nøkkelen «\(key)»).",
                             fixIt: "Skriv linjespenn som «\"1880-1885\"» eller «\"1880\"».")
            return nil
        }
    }
}
