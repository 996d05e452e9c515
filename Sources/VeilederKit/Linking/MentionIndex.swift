import Foundation

/// Which entries mention each defined term in running text, computed once on first use. An
/// incremental build seeds it with what the previous build found for files that did not change,
/// or patches the previous index when only some entries changed and no term did.
final class MentionIndex: @unchecked Sendable {
    typealias Found = (byDefinition: [EntryID: [EntryID]], byFile: [String: Set<EntryID>])

    private let lock = NSLock()
    private let seed: [String: Set<EntryID>]
    /// An earlier index, the entries of the changed files as they were in it, and as they are now
    /// (each with an id no other entry has), and unchanged entries whose mentions new terms may change.
    private var earlier: (index: MentionIndex, removing: [Entry], adding: [Entry], rechecking: [Entry])?
    private var cached: Found?
    /// The index this one was patched from, and the files whose mentions the patch found again.
    private(set) var patched: (from: ObjectIdentifier, files: Set<String>)?

    /// `seed`: the definitions each unchanged file mentions, by file; only valid while no definition changed.
    init(seed: [String: Set<EntryID>] = [:]) {
        self.seed = seed
        earlier = nil
    }

    /// Patches `earlier` for the changed files' entries, before and after, and finds the mentions of
    /// `rechecking` again: after new terms, every unchanged entry whose mentions they may change.
    init(patching earlier: MentionIndex, removing before: [Entry], adding after: [Entry], rechecking: [Entry] = []) {
        seed = [:]
        self.earlier = (earlier, before, after, rechecking)
    }

    /// The files whose mentions may differ from those in `earlier`, if this index was patched from it.
    func filesPatched(from earlier: MentionIndex) -> Set<String>? {
        lock.lock()
        defer { lock.unlock() }
        guard let patched, patched.from == ObjectIdentifier(earlier) else { return nil }
        return patched.files
    }

    func value(_ kb: KnowledgeBase) -> [EntryID: [EntryID]] { computed(kb).byDefinition }

    /// The definitions each file mentions, for seeding the next incremental build.
    func byFile(_ kb: KnowledgeBase) -> [String: Set<EntryID>] { computed(kb).byFile }

    private var found: Found? {
        lock.lock()
        defer { lock.unlock() }
        return cached
    }

    private func computed(_ kb: KnowledgeBase) -> Found {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        var result: Found
        if let earlier, let found = earlier.index.found {
            result = patch(found, removing: earlier.removing, adding: earlier.adding, rechecking: earlier.rechecking, in: kb)
            patched = (ObjectIdentifier(earlier.index), Set((earlier.removing + earlier.adding + earlier.rechecking).map(\.file)))
        } else {
            result = all(kb)
        }
        cached = result
        earlier = nil
        return result
    }

    private func all(_ kb: KnowledgeBase) -> Found {
        let perEntry = kb.entries.parallelMap { entry in seed[entry.file] ?? MentionIndex.definitions(mentionedBy: entry, in: kb) }
        var mentions: [EntryID: Set<EntryID>] = [:]
        var byFile: [String: Set<EntryID>] = [:]
        for (entry, found) in zip(kb.entries, perEntry) {
            byFile[entry.file] = found
            for definition in found { mentions[definition, default: []].insert(entry.id) }
        }
        return (mentions.mapValues { $0.sorted() }, byFile)
    }

    private func patch(_ earlier: Found, removing before: [Entry], adding after: [Entry], rechecking: [Entry], in kb: KnowledgeBase) -> Found {
        var (byDefinition, byFile) = earlier
        let found = (after + rechecking).parallelMap { MentionIndex.definitions(mentionedBy: $0, in: kb) }
        for entry in before + rechecking {
            SortedIDs.remove(entry.id, from: byFile[entry.file] ?? [], in: &byDefinition)
            byFile[entry.file] = nil
        }
        for (entry, found) in zip(after + rechecking, found) {
            byFile[entry.file] = found
            SortedIDs.insert(entry.id, into: found, in: &byDefinition)
        }
        return (byDefinition, byFile)
    }

    /// The definitions of its own guideline that an entry's running text mentions, itself excluded.
    static func definitions(mentionedBy entry: Entry, in kb: KnowledgeBase) -> Set<EntryID> {
        guard let index = entry.guideline.flatMap({ kb.termIndexes[$0] }), let scan = kb.scan(entry.id) else { return [] }
        var found: Set<EntryID> = []
        for text in scan.prose {
            for match in index.matches(in: text) where match.definition != entry.id { found.insert(match.definition) }
        }
        return found
    }
}

/// Maps from an id to the sorted ids that point at it (back-links, mentions), patched one source at a time.
enum SortedIDs {
    /// Removes `source` from the lists of `targets`; a list left empty is removed, as a full link never makes one.
    static func remove<Targets: Sequence<EntryID>>(_ source: EntryID, from targets: Targets, in map: inout [EntryID: [EntryID]]) {
        for target in targets {
            guard var sources = map[target] else { continue }
            sources.removeAll { $0 == source }
            map[target] = sources.isEmpty ? nil : sources
        }
    }

    static func insert<Targets: Sequence<EntryID>>(_ source: EntryID, into targets: Targets, in map: inout [EntryID: [EntryID]]) {
        for target in targets {
            var sources = map[target] ?? []
            let position = sources.firstIndex { $0 >= source } ?? sources.endIndex
            if position == sources.endIndex || sources[position] != source { sources.insert(source, at: position) }
            map[target] = sources
        }
    }
}
