/// A guideline's metadata from `content/<id>/guideline.yaml`.
public struct Guideline: Sendable {
    /// The short name, equal to the folder name (`korsrygg`).
    public let id: String
    public let file: String
    public let title: String
    public let shortTitle: String
    public let status: GuidelineStatus
    public let statusNote: String
    public let publishers: [String]
    public let year: String
    public let editors: [Editor]
    public let language: String
    public let rights: String
    public let currency: Currency
    public let contents: [ContentsItem]
    public let brochure: BrochureCover?
    /// How long a transcription review holds before it is due again, in months.
    public let reviewIntervalMonths: Int
    public let locations: KeyLocations
    private let itemsByNumber: [String: ContentsItem]

    public init(
        id: String, file: String, title: String, shortTitle: String, status: GuidelineStatus, statusNote: String,
        publishers: [String], year: String, editors: [Editor], language: String, rights: String,
        currency: Currency, contents: [ContentsItem], brochure: BrochureCover?, reviewIntervalMonths: Int,
        locations: KeyLocations
    ) {
        self.id = id
        self.file = file
        self.title = title
        self.shortTitle = shortTitle
        self.status = status
        self.statusNote = statusNote
        self.publishers = publishers
        self.year = year
        self.editors = editors
        self.language = language
        self.rights = rights
        self.currency = currency
        self.contents = contents
        self.brochure = brochure
        self.reviewIntervalMonths = reviewIntervalMonths
        self.locations = locations
        var items: [String: ContentsItem] = [:]
        for item in contents.flatMap({ [$0] + $0.descendants }) {
            if let number = item.number, items[number] == nil { items[number] = item }
        }
        self.itemsByNumber = items
    }

    /// Every item of the table of contents, depth first.
    public var allContentsItems: [ContentsItem] {
        contents.flatMap { [$0] + $0.descendants }
    }

    public func contentsItem(numbered number: String) -> ContentsItem? {
        itemsByNumber[number]
    }
}

public struct Editor: Sendable, Hashable {
    public let name: String
    public let role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

/// How current the guideline is: shown as a banner on every page, handout and the brochure.
public struct Currency: Sendable, Hashable {
    public let published: String
    public let intendedRevision: String
    public let revised: Revision
    /// The banner's sentence.
    public let note: String

    public init(published: String, intendedRevision: String, revised: Revision, note: String) {
        self.published = published
        self.intendedRevision = intendedRevision
        self.revised = revised
        self.note = note
    }
}

public struct ContentsItem: Sendable, Hashable {
    public let number: String?
    public let title: String
    /// Why the source does not contain this part, when it does not.
    public let absent: String?
    /// What fulfils this part instead (`brochure` for chapter 10).
    public let fulfilledBy: String?
    public let sections: [ContentsItem]

    public init(number: String?, title: String, absent: String?, fulfilledBy: String?, sections: [ContentsItem]) {
        self.number = number
        self.title = title
        self.absent = absent
        self.fulfilledBy = fulfilledBy
        self.sections = sections
    }

    public var descendants: [ContentsItem] { sections.flatMap { [$0] + $0.descendants } }
}

/// The brochure's cover, as printed.
public struct BrochureCover: Sendable, Hashable {
    public let title: String
    public let subtitle: String
    public let intro: String
    public let questions: [String]

    public init(title: String, subtitle: String, intro: String, questions: [String]) {
        self.title = title
        self.subtitle = subtitle
        self.intro = intro
        self.questions = questions
    }
}
