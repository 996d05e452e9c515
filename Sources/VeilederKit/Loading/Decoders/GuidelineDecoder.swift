import Yams

/// Decodes `content/<id>/guideline.yaml`.
enum GuidelineDecoder {
    static func decode(_ source: SourceFile, folder: String) -> DecodedFile {
        var result = DecodedFile(source: source)
        let mapping: Node.Mapping
        switch YAMLFrontMatter.parse(Substring(source.text), file: source.path, firstLine: 1) {
        case .failure(let diagnostic):
            result.diagnostics = [diagnostic]
            return result
        case .success(let value):
            mapping = value
        }
        let context = DecodingContext(file: source.path, firstLine: 1)
        let r = MappingReader(mapping, context: context, subject: "retningslinjen")
        let id = r.string("id", hint: folder)
        context.setOrigin(r.markOfKey("id") ?? r.mark)
        if !id.isEmpty, id != folder {
            context.report(BadValueRule.description, at: r.node("id")?.mark,
                           "Retningslinjens id «\(id)» er ikke lik mappenavnet «\(folder)».",
                           fixIt: "Skriv «id: \(folder)», eller flytt filen til content/\(id)/.")
        }
        let guideline = Guideline(
            id: id,
            file: source.path,
            title: r.string("title"),
            shortTitle: r.string("short-title"),
            status: r.vocabulary("status", GuidelineStatus.self) ?? .kunnskapsbankTekst,
            statusNote: r.string("status-note"),
            publishers: r.strings("publishers"),
            year: r.string("year"),
            editors: r.mappings("editors") { e in Editor(name: e.string("name"), role: e.string("role")) },
            language: r.string("language", hint: "nb"),
            rights: r.string("rights"),
            currency: r.mapping("currency", subject: "«currency»") { c in
                Currency(
                    published: c.string("published"), intendedRevision: c.string("intended-revision"),
                    revised: c.vocabulary("revised", Revision.self) ?? .ikkeOppgitt, note: c.string("note"))
            } ?? Currency(published: "", intendedRevision: "", revised: .ikkeOppgitt, note: ""),
            contents: r.mappings("contents", subject: "en del av innholdsfortegnelsen") { contentsItem($0) },
            brochure: r.optionalMapping("brochure", subject: "«brochure»") { b in
                BrochureCover(
                    title: b.string("title"), subtitle: b.string("subtitle"),
                    intro: b.string("intro"), questions: b.strings("questions"))
            },
            reviewIntervalMonths: r.int("review-interval-months"),
            // Arguments are evaluated in order, so every key above is recorded by now.
            locations: context.locations)
        result.editorial = EditorialDecoder.decode(r, owner: id)
        r.finish()
        result.diagnostics = context.diagnostics
        if !context.failed { result.guideline = guideline }
        return result
    }

    private static func contentsItem(_ r: MappingReader) -> ContentsItem {
        ContentsItem(
            number: r.optionalString("number"),
            title: r.string("title"),
            absent: r.optionalString("absent"),
            fulfilledBy: r.optionalString("fulfilled-by"),
            sections: r.optionalMappings("sections", subject: "en del av innholdsfortegnelsen") { contentsItem($0) } ?? [])
    }
}
