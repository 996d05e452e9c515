enum ArticleDecoder {
    static func decode(_ r: MappingReader) -> EntryContent {
        .article(Article(
            document: r.string("document"),
            title: r.string("title"),
            authors: r.strings("authors"),
            publication: r.string("publication", hint: "ikke-oppgitt"),
            year: r.string("year", hint: "ikke-oppgitt"),
            doi: r.string("doi", hint: "ikke-oppgitt"),
            licence: r.mapping("licence", subject: "«licence»") { l in
                ArticleLicence(republish: l.vocabulary("republish", YesNo.self)?.bool ?? false, terms: l.string("terms"))
            } ?? ArticleLicence(republish: false, terms: ""),
            references: r.mappings("references") { ref in
                ArticleReference(number: ref.string("number"), text: ref.string("text"), doi: ref.optionalString("doi"))
            },
            summarySpans: SpanDecoder.spans(r, "summary-lines"),
            points: r.mappings("points") { p in
                ArticlePoint(text: p.string("text"), spans: SpanDecoder.spans(p, "lines"), location: p.context.location(p.mark))
            }))
    }
}
