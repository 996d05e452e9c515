import Foundation

/// Which entries mention each defined term in running text, computed once on first use.
final class MentionIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: [EntryID: [EntryID]]?

    func value(_ kb: KnowledgeBase) -> [EntryID: [EntryID]] {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let perEntry = kb.entries.parallelMap { entry -> Set<EntryID> in
            guard let index = entry.guideline.flatMap({ kb.termIndexes[$0] }), let scan = kb.scans[entry.id] else { return [] }
            var found: Set<EntryID> = []
            for text in scan.prose {
                for match in index.matches(in: text) where match.definition != entry.id { found.insert(match.definition) }
            }
            return found
        }
        var mentions: [EntryID: Set<EntryID>] = [:]
        for (entry, found) in zip(kb.entries, perEntry) {
            for definition in found { mentions[definition, default: []].insert(entry.id) }
        }
        let result = mentions.mapValues { $0.sorted() }
        cached = result
        return result
    }
}
