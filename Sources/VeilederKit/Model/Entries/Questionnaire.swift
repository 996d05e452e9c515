/// A checklist or questionnaire: items, optional scoring with bands, worked examples and, for an
/// instrument the guideline does not own, its licence.
public struct Questionnaire: Sendable, Hashable {
    public let guideline: String
    public let title: String
    public let audience: String
    public let purpose: String
    /// `retningslinjen`, or the body that owns the instrument.
    public let owner: String
    public let items: [QuestionItem]
    public let sections: [QuestionnaireSection]
    public let scoring: Scoring?
    public let examples: [WorkedExample]
    public let licence: Licence?

    public init(
        guideline: String, title: String, audience: String, purpose: String, owner: String,
        items: [QuestionItem], sections: [QuestionnaireSection], scoring: Scoring?,
        examples: [WorkedExample], licence: Licence?
    ) {
        self.guideline = guideline
        self.title = title
        self.audience = audience
        self.purpose = purpose
        self.owner = owner
        self.items = items
        self.sections = sections
        self.scoring = scoring
        self.examples = examples
        self.licence = licence
    }

    public static let guidelineOwner = "retningslinjen"
    public var isOwnedByGuideline: Bool { owner == Questionnaire.guidelineOwner }
    /// Whether its text may be published: the guideline's own instrument, or one under a licence.
    public var mayBePublished: Bool { isOwnedByGuideline || licence != nil }
}

public struct QuestionItem: Sendable, Hashable {
    public let id: String
    public let text: String
    public let answer: AnswerType
    public let scale: Scale?
    public let options: [AnswerOption]

    public init(id: String, text: String, answer: AnswerType, scale: Scale?, options: [AnswerOption]) {
        self.id = id
        self.text = text
        self.answer = answer
        self.scale = scale
        self.options = options
    }
}

public struct Scale: Sendable, Hashable {
    public let min: Int
    public let max: Int
    public let minLabel: String
    public let maxLabel: String

    public init(min: Int, max: Int, minLabel: String, maxLabel: String) {
        self.min = min
        self.max = max
        self.minLabel = minLabel
        self.maxLabel = maxLabel
    }
}

public struct AnswerOption: Sendable, Hashable {
    public let id: String
    public let label: String
    public let score: Double?

    public init(id: String, label: String, score: Double?) {
        self.id = id
        self.label = label
        self.score = score
    }
}

public struct QuestionnaireSection: Sendable, Hashable {
    public let id: String
    public let title: String
    public let items: [String]

    public init(id: String, title: String, items: [String]) {
        self.id = id
        self.title = title
        self.items = items
    }
}

public struct Scoring: Sendable, Hashable {
    public let method: ScoringMethod
    public let reverseItems: [String]
    /// How many items may be unanswered before no score is given.
    public let maxMissing: Int
    public let bands: [Band]

    public init(method: ScoringMethod, reverseItems: [String], maxMissing: Int, bands: [Band]) {
        self.method = method
        self.reverseItems = reverseItems
        self.maxMissing = maxMissing
        self.bands = bands
    }
}

public struct Band: Sendable, Hashable {
    public let min: Double
    public let max: Double
    public let label: String
    public let action: String
    /// The guideline's words this band rests on; nil when none was given (a check rule reports it).
    public let basis: String?

    public init(min: Double, max: Double, label: String, action: String, basis: String?) {
        self.min = min
        self.max = max
        self.label = label
        self.action = action
        self.basis = basis
    }
}

public struct WorkedExample: Sendable, Hashable {
    /// Item id → answer as written (`ja`, `nei`, a number, an option id).
    public let answers: [String: String]
    public let score: Double
    public let band: String
    public let location: SourceLocation

    public init(answers: [String: String], score: Double, band: String, location: SourceLocation) {
        self.answers = answers
        self.score = score
        self.band = band
        self.location = location
    }
}

public struct Licence: Sendable, Hashable {
    public let holder: String
    public let terms: String
    public let modificationAllowed: Bool
    public let permission: String

    public init(holder: String, terms: String, modificationAllowed: Bool, permission: String) {
        self.holder = holder
        self.terms = terms
        self.modificationAllowed = modificationAllowed
        self.permission = permission
    }
}
