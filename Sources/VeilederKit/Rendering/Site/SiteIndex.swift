/// Lookups the pages need, built once per build so that rendering stays linear in the number of pages.
struct SiteIndex {
    struct TableKey: Hashable {
        let guideline: String
        let section: String
        let table: Int
    }

    struct TopicKey: Hashable {
        let guideline: String
        let section: String
        let topic: String
    }

    struct SectionKey: Hashable {
        let guideline: String
        let section: String
    }

    /// A section's recommendation tables, rows in printed order.
    private(set) var tables: [TableKey: [(entry: Entry, recommendation: Recommendation)]]
    private(set) var topics: [TopicKey: [Entry]]
    /// The chapter that holds each numbered section (or chapter number), with the section's anchor.
    private(set) var sections: [SectionKey: (chapter: Entry, anchor: String?)]
    private(set) var chapters: [String: [Entry]]

    init(_ kb: KnowledgeBase) {
        let recommendations = kb.recommendations.sorted { ($0.recommendation.order, $0.entry.id) < ($1.recommendation.order, $1.entry.id) }
        tables = Dictionary(grouping: recommendations) {
            TableKey(guideline: $0.recommendation.guideline, section: $0.recommendation.section, table: $0.recommendation.table)
        }
        topics = Dictionary(grouping: recommendations) {
            TopicKey(guideline: $0.recommendation.guideline, section: $0.recommendation.section, topic: $0.recommendation.topic)
        }.mapValues { $0.map(\.entry) }
        var sections: [SectionKey: (chapter: Entry, anchor: String?)] = [:]
        for entry in kb.entries {
            guard let chapter = entry.content.chapter, let guideline = entry.guideline else { continue }
            if let number = chapter.number, sections[SectionKey(guideline: guideline, section: number)] == nil {
                sections[SectionKey(guideline: guideline, section: number)] = (entry, nil)
            }
            for section in chapter.sections {
                guard let number = section.number, sections[SectionKey(guideline: guideline, section: number)] == nil else { continue }
                sections[SectionKey(guideline: guideline, section: number)] = (entry, section.anchor)
            }
        }
        self.sections = sections
        chapters = Dictionary(uniqueKeysWithValues: kb.guidelines.map { ($0.id, kb.chapters(of: $0)) })
    }

    /// The same index with these entries in place of the ones with their ids. For changes that kept
    /// every front matter, which is all the index reads: only the entries themselves are new objects.
    func replacing(_ changed: [Entry]) -> SiteIndex {
        var index = self
        for entry in changed {
            switch entry.content {
            case .recommendation(let recommendation):
                let table = TableKey(guideline: recommendation.guideline, section: recommendation.section, table: recommendation.table)
                if let position = index.tables[table]?.firstIndex(where: { $0.entry.id == entry.id }) {
                    index.tables[table]![position] = (entry, recommendation)
                }
                let topic = TopicKey(guideline: recommendation.guideline, section: recommendation.section, topic: recommendation.topic)
                if let position = index.topics[topic]?.firstIndex(where: { $0.id == entry.id }) { index.topics[topic]![position] = entry }
            case .chapter:
                index.sections = index.sections.mapValues { $0.chapter.id == entry.id ? (entry, $0.anchor) : $0 }
                index.chapters = index.chapters.mapValues { chapters in chapters.map { $0.id == entry.id ? entry : $0 } }
            default:
                break
            }
        }
        return index
    }

    func chapterLocation(guideline: String, section: String) -> (chapter: Entry, anchor: String?)? {
        sections[SectionKey(guideline: guideline, section: section)]
    }
}
