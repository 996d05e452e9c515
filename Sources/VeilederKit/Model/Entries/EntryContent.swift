/// The fields that depend on an entry's kind.
public enum EntryContent: Sendable {
    case recommendation(Recommendation)
    case definition(Definition)
    case category(Category)
    case questionnaire(Questionnaire)
    case brochure(BrochureSection)
    case chapter(Chapter)
    case article(Article)

    public var kind: EntryKind {
        switch self {
        case .recommendation: .recommendation
        case .definition: .definition
        case .category: .category
        case .questionnaire: .questionnaire
        case .brochure: .brochure
        case .chapter: .chapter
        case .article: .article
        }
    }

    public var guideline: String? {
        switch self {
        case .recommendation(let value): value.guideline
        case .definition(let value): value.guideline
        case .category(let value): value.guideline
        case .questionnaire(let value): value.guideline
        case .brochure(let value): value.guideline
        case .chapter(let value): value.guideline
        case .article: nil
        }
    }

    public var recommendation: Recommendation? { if case .recommendation(let v) = self { v } else { nil } }
    public var definition: Definition? { if case .definition(let v) = self { v } else { nil } }
    public var category: Category? { if case .category(let v) = self { v } else { nil } }
    public var questionnaire: Questionnaire? { if case .questionnaire(let v) = self { v } else { nil } }
    public var brochure: BrochureSection? { if case .brochure(let v) = self { v } else { nil } }
    public var chapter: Chapter? { if case .chapter(let v) = self { v } else { nil } }
    public var article: Article? { if case .article(let v) = self { v } else { nil } }
}
