/// One chapter of a guideline: its sections from the table of contents, structured blocks, and a body
/// with a heading per section.
public struct Chapter: Sendable, Hashable {
    public let guideline: String
    /// The chapter number from the table of contents; nil for an unnumbered part such as the foreword.
    public let number: String?
    public let title: String
    public let sections: [ChapterSection]
    public let tables: [DataTable]
    public let people: [PeopleGroup]
    public let advice: [AdviceBlock]
    public let footnotes: [Footnote]
    public let gaps: [String]

    public init(
        guideline: String, number: String?, title: String, sections: [ChapterSection],
        tables: [DataTable] = [], people: [PeopleGroup] = [], advice: [AdviceBlock] = [],
        footnotes: [Footnote] = [], gaps: [String] = []
    ) {
        self.guideline = guideline
        self.number = number
        self.title = title
        self.sections = sections
        self.tables = tables
        self.people = people
        self.advice = advice
        self.footnotes = footnotes
        self.gaps = gaps
    }

    /// Every anchor a link may name: sections, tables, people groups, advice blocks and footnotes.
    public var declaredAnchors: [String] {
        sections.map(\.anchor) + tables.map(\.id) + people.map(\.id) + advice.map(\.id)
            + footnotes.map { "fotnote-\($0.mark)" }
    }
}

public struct ChapterSection: Sendable, Hashable {
    /// As in the table of contents («6.3.1»); nil for an unnumbered section.
    public let number: String?
    public let title: String
    public let anchor: String

    public init(number: String?, title: String, anchor: String) {
        self.number = number
        self.title = title
        self.anchor = anchor
    }
}

/// A table held as data (libcmark has no tables), rendered by a template.
public struct DataTable: Sendable, Hashable {
    public let id: String
    public let caption: String
    public let columns: [String]
    public let rows: [[String]]

    public init(id: String, caption: String, columns: [String], rows: [[String]]) {
        self.id = id
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}

public struct PeopleGroup: Sendable, Hashable {
    public let id: String
    public let title: String
    public let intro: String?
    public let members: [Person]

    public init(id: String, title: String, intro: String?, members: [Person]) {
        self.id = id
        self.title = title
        self.intro = intro
        self.members = members
    }
}

public struct Person: Sendable, Hashable {
    public let name: String
    public let role: String?
    public let affiliation: String
    /// The mark of a chapter footnote about this person.
    public let footnote: String?

    public init(name: String, role: String?, affiliation: String, footnote: String?) {
        self.name = name
        self.role = role
        self.affiliation = affiliation
        self.footnote = footnote
    }
}

/// A piece of advice, with what can happen if it is not followed or is done wrong (chapter 9).
public struct AdviceBlock: Sendable, Hashable {
    public let id: String
    public let section: String
    public let title: String
    public let advice: String
    public let consequence: String?

    public init(id: String, section: String, title: String, advice: String, consequence: String?) {
        self.id = id
        self.section = section
        self.title = title
        self.advice = advice
        self.consequence = consequence
    }
}

public struct Footnote: Sendable, Hashable {
    public let mark: String
    public let text: String

    public init(mark: String, text: String) {
        self.mark = mark
        self.text = text
    }
}
