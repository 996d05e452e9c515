import Foundation

/// Which entries mention each defined term in running text, computed once on first use. An
/// incremental build seeds it with what the previous build found for files that did not change.
final class MentionIndex: @unchecked Sendable {
    private let lock = NSLock()
    private let seed: [String: Set<EntryID>]
    private var cached: (byDefinition: [EntryID: [EntryID]], byFile: [String: Set<EntryID>])?

    /// `seed`: the definitions each unchanged file mentions, by file; only valid while no definition changed.
    init(seed: [String: Set<EntryID>] = [:]) { self.seed = seed }

    func value(_ kb: KnowledgeBase) -> [EntryID: [EntryID]] { computed(kb).byDefinition }

    /// The definitions each file mentions, for seeding the next incremental build.
    func byFile(_ kb: KnowledgeBase) -> [String: Set<EntryID>] { computed(kb).byFile }

    private func computed(_ kb: KnowledgeBase) -> (byDefinition: [EntryID: [EntryID]], byFile: [String: Set<EntryID>]) {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let perEntry = kb.entries.parallelMap { entry in seed[entry.file] ?? MentionIndex.definitions(mentionedBy: entry, in: kb) }
        var mentions: [EntryID: Set<EntryID>] = [:]
        var byFile: [String: Set<EntryID>] = [:]
        for (entry, found) in zip(kb.entries, perEntry) {
            byFile[entry.file] = found
            for definition in found { mentions[definition, default: []].insert(entry.id) }
        }
        let result = (mentions.mapValues { $0.sorted() }, byFile)
        cached = result
        return result
    }

    /// The definitions of its own guideline that an entry's running text mentions, itself excluded.
    static func definitions(mentionedBy entry: Entry, in kb: KnowledgeBase) -> Set<EntryID> {
        guard let index = entry.guideline.flatMap({ kb.termIndexes[$0] }), let scan = kb.scans[entry.id] else { return [] }
        var found: Set<EntryID> = []
        for text in scan.prose {
            for match in index.matches(in: text) where match.definition != entry.id { found.insert(match.definition) }
        }
        return found
    }
}
