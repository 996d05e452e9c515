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

    /// The same index after the entries of some files changed their front matter, came or went (nil
    /// on the side where a file had none): each recommendation leaves its table and topic and joins
    /// its new ones in printed order; a chapter that places its sections and itself as before (a new
    /// title, say) is put in place of the old; entries of other kinds are not in the index. Nil for a
    /// chapter that came, went or moved its sections: placing sections anew is what building the index does.
    func updating(_ changes: [(before: Entry?, after: Entry?)]) -> SiteIndex? {
        var index = self
        for (before, after) in changes where before?.content.chapter != nil || after?.content.chapter != nil {
            guard let before, let after, let old = before.content.chapter, let new = after.content.chapter,
                  SiteIndex.placesTheSame(old, before, as: new, after) else { return nil }
            index = index.replacing([after])
        }
        // Every recommendation leaves before any joins: one moved to another file keeps its id.
        for case let (before?, _) in changes {
            guard let old = before.content.recommendation else { continue }
            SiteIndex.remove(before.id, from: TableKey(guideline: old.guideline, section: old.section, table: old.table), in: &index.tables) { $0.entry.id }
            SiteIndex.remove(before.id, from: TopicKey(guideline: old.guideline, section: old.section, topic: old.topic), in: &index.topics) { $0.id }
        }
        for case let (_, after?) in changes {
            guard let new = after.content.recommendation else { continue }
            SiteIndex.insert((after, new), into: TableKey(guideline: new.guideline, section: new.section, table: new.table), in: &index.tables) {
                ($0.recommendation.order, $0.entry.id)
            }
            SiteIndex.insert(after, into: TopicKey(guideline: new.guideline, section: new.section, topic: new.topic), in: &index.topics) {
                ($0.content.recommendation?.order ?? 0, $0.id)
            }
        }
        return index
    }

    /// Whether two states of a chapter hold the same sections (numbers and anchors) and sort alike
    /// among the guideline's chapters (by number, or by title when it has none).
    private static func placesTheSame(_ old: Chapter, _ before: Entry, as new: Chapter, _ after: Entry) -> Bool {
        before.guideline == after.guideline && old.number == new.number && (old.number != nil || old.title == new.title)
            && old.sections.map { [$0.number, $0.anchor] } == new.sections.map { [$0.number, $0.anchor] }
    }

    private static func remove<Key: Hashable, Item>(_ id: EntryID, from key: Key, in groups: inout [Key: [Item]], id idOf: (Item) -> EntryID) {
        groups[key]?.removeAll { idOf($0) == id }
        if groups[key]?.isEmpty == true { groups[key] = nil }
    }

    /// Puts the item where the printed order, by order and then id, has it.
    private static func insert<Key: Hashable, Item>(_ item: Item, into key: Key, in groups: inout [Key: [Item]], order: (Item) -> (Int, EntryID)) {
        let place = order(item)
        let position = groups[key]?.firstIndex { order($0) > place } ?? groups[key]?.endIndex ?? 0
        groups[key, default: []].insert(item, at: position)
    }

    func chapterLocation(guideline: String, section: String) -> (chapter: Entry, anchor: String?)? {
        sections[SectionKey(guideline: guideline, section: section)]
    }
}
