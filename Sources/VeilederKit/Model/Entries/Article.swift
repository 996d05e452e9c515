/// A background article: its metadata, a summary the project writes (the body), the points it makes
/// linked to the entries they concern, and its reference list. Full text only where the licence allows.
public struct Article: Sendable, Hashable {
    /// Which source file in `../shared/seeds/` it is.
    public let document: String
    public let title: String
    /// Names as printed, or [`ikke-oppgitt`].
    public let authors: [String]
    public let publication: String
    public let year: String
    public let doi: String
    public let licence: ArticleLicence
    public let references: [ArticleReference]
    /// Lines of the source the project's summary rests on.
    public let summarySpans: [LineSpan]
    public let points: [ArticlePoint]

    public init(
        document: String, title: String, authors: [String], publication: String, year: String, doi: String,
        licence: ArticleLicence, references: [ArticleReference], summarySpans: [LineSpan], points: [ArticlePoint]
    ) {
        self.document = document
        self.title = title
        self.authors = authors
        self.publication = publication
        self.year = year
        self.doi = doi
        self.licence = licence
        self.references = references
        self.summarySpans = summarySpans
        self.points = points
    }
}

public struct ArticleLicence: Sendable, Hashable {
    /// Whether the full text may be republished here.
    public let republish: Bool
    public let terms: String

    public init(republish: Bool, terms: String) {
        self.republish = republish
        self.terms = terms
    }
}

public struct ArticleReference: Sendable, Hashable {
    public let number: String
    public let text: String
    public let doi: String?

    public init(number: String, text: String, doi: String?) {
        self.number = number
        self.text = text
        self.doi = doi
    }
}

/// A point the article makes, in Markdown with `@id` links to the entries it concerns.
public struct ArticlePoint: Sendable, Hashable {
    public let text: String
    public let spans: [LineSpan]
    public let location: SourceLocation

    public init(text: String, spans: [LineSpan], location: SourceLocation) {
        self.text = text
        self.spans = spans
        self.location = location
    }
}
