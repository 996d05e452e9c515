import Yams

/// Decodes one Markdown content file: front matter into a typed entry, the rest into its body.
enum EntryDecoder {
    static func decode(_ source: SourceFile) -> DecodedFile {
        var result = DecodedFile(source: source)
        let split: SplitFile
        switch FrontMatterSplitter.split(source) {
        case .failure(let diagnostic):
            result.diagnostics = [diagnostic]
            return result
        case .success(let value):
            split = value
        }
        let mapping: Node.Mapping
        switch YAMLFrontMatter.parse(split.yaml, file: source.path, firstLine: split.yamlFirstLine) {
        case .failure(let diagnostic):
            result.diagnostics = [diagnostic]
            return result
        case .success(let value):
            mapping = value
        }

        let context = DecodingContext(file: source.path, firstLine: split.yamlFirstLine)
        let r = MappingReader(mapping, context: context, subject: "filen")
        let kind = r.vocabulary("kind", EntryKind.self)
        let id = EntryID(r.string("id", hint: "et-kort-navn"))
        context.setOrigin(r.markOfKey("id") ?? r.mark)
        guard let kind else {
            result.diagnostics = context.diagnostics
            if !id.rawValue.isEmpty { result.stub = EntryStub(id: id, kind: nil, file: source.path) }
            return result
        }
        let entryReader = MappingReader(mapping, context: context, subject: "en \(kind.label)")
        _ = entryReader.node("kind")
        _ = entryReader.node("id")
        let content = decodeContent(kind, entryReader)
        let provenance = kind.acceptsSource
            ? ProvenanceDecoder.decode(entryReader, required: kind.requiresSource) : nil
        let updated = entryReader.optionalDate("updated")
        result.editorial = EditorialDecoder.decode(entryReader, owner: id.rawValue)
        entryReader.finish()

        result.diagnostics = context.diagnostics
        if context.failed || id.rawValue.isEmpty {
            if !id.rawValue.isEmpty { result.stub = EntryStub(id: id, kind: kind, file: source.path) }
            return result
        }
        result.entry = Entry(
            id: id, file: source.path, content: content, body: split.body,
            provenance: provenance, updated: updated, locations: context.locations)
        return result
    }

    private static func decodeContent(_ kind: EntryKind, _ r: MappingReader) -> EntryContent {
        switch kind {
        case .recommendation: RecommendationDecoder.decode(r)
        case .definition: DefinitionDecoder.decode(r)
        case .category: CategoryDecoder.decode(r)
        case .questionnaire: QuestionnaireDecoder.decode(r)
        case .brochure: BrochureDecoder.decode(r)
        case .chapter: ChapterDecoder.decode(r)
        case .article: ArticleDecoder.decode(r)
        }
    }
}

extension EntryKind {
    /// Transcribed kinds must say where they come from; a definition without `source` is one the project added;
    /// brochure sections and article summaries are the project's own text and carry none.
    var requiresSource: Bool {
        switch self {
        case .recommendation, .category, .chapter, .questionnaire: true
        case .definition, .brochure, .article: false
        }
    }

    var acceptsSource: Bool { self != .brochure && self != .article }
}
