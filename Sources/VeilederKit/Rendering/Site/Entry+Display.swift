extension Entry {
    /// Whether the site shows the entry: every entry but an instrument without a licence.
    var isPublished: Bool { content.questionnaire?.mayBePublished ?? true }

    /// How the entry is named in links, lists and page titles.
    var displayTitle: String {
        switch content {
        case .recommendation(let r):
            let phases = r.phases.filter { $0 != .ikkeOppgitt && $0 != .alle }.map { $0.label.lowercased() }
            return phases.isEmpty ? r.topic : "\(r.topic) – \(phases.joined(separator: ", "))"
        case .definition(let d): return d.term
        case .category(let c): return c.name
        case .questionnaire(let q): return q.title
        case .brochure(let b): return b.question
        case .chapter(let c): return c.number.map { "\($0). \(c.title)" } ?? c.title
        case .article(let a): return a.title
        }
    }
}

extension KnowledgeBase {
    /// Chapters of a guideline in table-of-contents order.
    func chapters(of guideline: Guideline) -> [Entry] {
        let order = guideline.contents.enumerated().reduce(into: [String: Int]()) { $0[$1.element.number ?? $1.element.title] = $1.offset }
        return entries.filter { $0.guideline == guideline.id && $0.kind == .chapter }
            .sorted { a, b in
                let ka = a.content.chapter.map { order[$0.number ?? $0.title] ?? Int.max } ?? Int.max
                let kb = b.content.chapter.map { order[$0.number ?? $0.title] ?? Int.max } ?? Int.max
                return (ka, a.id) < (kb, b.id)
            }
    }
}
