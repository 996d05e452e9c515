/// What checking and linking need to know about a Markdown body, as plain values: links, headings,
/// table placeholders, and the constructs libcmark would drop or print as text.
public struct BodyScan: Sendable, Hashable {
    public var links: [BodyLink] = []
    public var headings: [BodyHeading] = []
    public var placeholders: [BlockPlaceholder] = []
    public var rawHTML: [SourceLocation] = []
    public var unsafeLinks: [BodyLink] = []
    public var pipeTables: [SourceLocation] = []
    public var paragraphs: [BodyParagraph] = []
    /// Text outside headings, links and code, where defined terms may be mentioned.
    public var prose: [String] = []
    /// English quotation marks in text (not in code), one per text node.
    public var englishQuotes: [QuoteMark] = []

    public init() {}

    /// Adds what another Markdown field of the same entry contains.
    mutating func merge(_ other: BodyScan) {
        links += other.links
        headings += other.headings
        placeholders += other.placeholders
        rawHTML += other.rawHTML
        unsafeLinks += other.unsafeLinks
        pipeTables += other.pipeTables
        paragraphs += other.paragraphs
        prose += other.prose
        englishQuotes += other.englishQuotes
    }

    /// The paragraphs of the body itself: those of the Markdown fields merged after it lie in the
    /// front matter, above the body's first line.
    func paragraphs(of body: MarkdownText) -> [BodyParagraph] {
        paragraphs.filter { $0.location.line >= body.firstLine }
    }
}

public struct BodyLink: Sendable, Hashable {
    public let url: String
    public let text: String
    public let location: SourceLocation
}

public struct BodyHeading: Sendable, Hashable {
    public let level: Int
    public let text: String
    public let location: SourceLocation
}

/// A paragraph that is only `@name` or `@name(arguments)`: it places a block rendered from data.
/// `@anbefalinger(7.1.1)` or `@anbefalinger(6.2, 2)` places a section's recommendation table,
/// `@graderingstabell` the guideline's Table 1, `@tabell(id)`, `@personer(id)` and `@rad(id)` a chapter's
/// table, people group or advice block.
public struct BlockPlaceholder: Sendable, Hashable {
    public let name: String
    public let arguments: [String]
    public let location: SourceLocation

    public static let names = ["anbefalinger", "graderingstabell", "tabell", "personer", "rad", "figur"]
    public static let figures = ["triage", "anbefalinger"]

    /// For `@anbefalinger`: the section and table number.
    public var recommendationTable: (section: String, table: Int)? {
        guard name == "anbefalinger", let section = arguments.first else { return nil }
        let table = arguments.count > 1 ? Int(arguments[1]) : 1
        return table.map { (section, $0) }
    }
}

public struct QuoteMark: Sendable, Hashable {
    public let mark: String
    public let location: SourceLocation
}

public struct BodyParagraph: Sendable, Hashable {
    public let text: String
    public let hasLink: Bool
    public let location: SourceLocation
}
