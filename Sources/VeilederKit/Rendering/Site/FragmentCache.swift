import Foundation

/// Per-entry pieces of the files that draw on every entry (the search index, the export, the
/// overview's rows, the glossary's terms, the FHIR questionnaires, the handouts), kept between the
/// renders of an incremental build. Each piece depends on its own entry and its links only; the
/// incremental build forgets the pieces of every entry a change can affect. It also keeps the
/// rendered Markdown of recommendation pages, which depends on the entry's own file alone.
public final class FragmentCache: @unchecked Sendable {
    enum Kind: Hashable {
        case searchDocument, exportRecord, overviewRow, glossaryTerm, fhirQuestionnaire, handout
        /// Made from other pieces rather than from one entry.
        case overviewGroup

        /// A search document shows its own entry and nothing of others, so only an edit of that entry
        /// changes it.
        var showsOnlyItsEntry: Bool { self == .searchDocument }
    }

    private let lock = NSLock()
    private var pieces: [Kind: AnyPieces] = [:]
    private var composed: [Kind: [String: (inputs: [String], value: String)]] = [:]
    private var bodies: [EntryID: [LinkedHTML]] = [:]

    public init() {}

    /// The pieces of these entries, in their order: kept ones as they are, missing ones made on all
    /// cores (`make` gets the position in `ids`) and kept.
    func pieces<T: Sendable>(_ kind: Kind, _ ids: [EntryID], make: @Sendable (Int) -> T) -> [T] {
        lock.lock()
        let box = pieces[kind] as? Pieces<T> ?? Pieces<T>()
        pieces[kind] = box
        lock.unlock()
        return box.pieces(ids, make: make)
    }

    /// A piece made from other texts (kept pieces among them), kept while they are the same; compared
    /// by storage first, so texts taken from the cache compare at once. The caller makes it when not.
    func composed(_ kind: Kind, key: String, inputs: [String], make: () -> String) -> String {
        lock.lock()
        let kept = composed[kind]?[key]
        lock.unlock()
        if let kept, kept.inputs == inputs { return kept.value }
        let value = make()
        lock.lock()
        composed[kind, default: [:]][key] = (inputs, value)
        lock.unlock()
        return value
    }

    /// The rendered Markdown of an entry's page, kept until `forget` names the entry as edited. For bodies
    /// without placeholders only (`RenderContext.bodyParts`): such a body shows nothing of other entries
    /// but where their pages are, which moves only when an entry changes kind (an entry that comes or
    /// goes is linked to by none), and which words are terms. A rebuild after either names every page
    /// it concerns as edited.
    func body(of id: EntryID, make: () -> [LinkedHTML]) -> [LinkedHTML] {
        lock.lock()
        let kept = bodies[id]
        lock.unlock()
        if let kept { return kept }
        let made = make()
        lock.lock()
        bodies[id] = made
        lock.unlock()
        return made
    }

    /// Forgets what an edit can have changed: the pieces of every entry it affects, but for the kinds
    /// that show only their own entry and the rendered bodies, which change only with the edited files.
    func forget(affected: Set<EntryID>, edited: Set<EntryID>) {
        lock.lock()
        for (kind, box) in pieces { box.forget(kind.showsOnlyItsEntry ? edited : affected) }
        for id in edited { bodies[id] = nil }
        lock.unlock()
    }

    func forget(_ ids: Set<EntryID>) {
        forget(affected: ids, edited: ids)
    }

    func forgetAll() {
        lock.lock()
        pieces = [:]
        composed = [:]
        bodies = [:]
        lock.unlock()
    }
}

/// One kind's kept pieces, whatever their type.
private class AnyPieces: @unchecked Sendable {
    func forget(_ ids: Set<EntryID>) {}
}

/// The pieces of the last request, in its order. A rebuild asks for the same entries in the same
/// order, so the kept list is used as it is and only the forgotten pieces are put in anew: no lookup
/// or copy per entry, which at 10,000 entries cost milliseconds per file.
private final class Pieces<T: Sendable>: AnyPieces, @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [EntryID] = []
    private var values: [T] = []
    private var positions: [EntryID: Int] = [:]
    private var forgotten: Set<EntryID> = []

    override func forget(_ ids: Set<EntryID>) {
        lock.lock()
        forgotten.formUnion(ids)
        lock.unlock()
    }

    func pieces(_ requested: [EntryID], make: @Sendable (Int) -> T) -> [T] {
        lock.lock()
        defer { lock.unlock() }
        guard requested == ids else {
            rearrange(to: requested, make: make)
            return values
        }
        let missing = forgotten.compactMap { positions[$0] }
        forgotten = []
        for (index, piece) in zip(missing, missing.parallelMap(make)) { values[index] = piece }
        return values
    }

    /// Other entries or another order: the pieces not forgotten are found by id, the rest made.
    private func rearrange(to requested: [EntryID], make: @Sendable (Int) -> T) {
        var found = realigned(to: requested) ?? {
            let earlier = Dictionary(uniqueKeysWithValues: positions.map { id, position in (id, values[position]) })
            return requested.map { earlier[$0] }
        }()
        for index in found.indices where found[index] != nil && forgotten.contains(requested[index]) { found[index] = nil }
        let missing = found.indices.filter { found[$0] == nil }
        for (index, piece) in zip(missing, missing.parallelMap(make)) { found[index] = piece }
        values = found.map { $0! }
        positions = Dictionary(requested.enumerated().map { ($1, $0) }) { first, _ in first }
        // An id twice (a base that fails its check) keeps nothing: every request makes its pieces anew.
        ids = positions.count == requested.count ? requested : []
        if ids.isEmpty { positions = [:] }
        forgotten = []
    }

    /// The kept pieces in the places of `requested`, when it is the kept list with a few ids put in or
    /// taken out (a file added or removed): walked side by side, with no dictionary of them all. Nil
    /// when the two differ more, or an id taken out comes again elsewhere (a reordering).
    private func realigned(to requested: [EntryID]) -> [T?]? {
        let most = 8
        guard abs(requested.count - ids.count) <= most else { return nil }
        var found: [T?] = []
        found.reserveCapacity(requested.count)
        var old = 0
        var skipped: [EntryID] = []
        var added: [EntryID] = []
        for id in requested {
            if old < ids.count, ids[old] == id {
                found.append(values[old])
                old += 1
                continue
            }
            // Ids taken out before this one are skipped; an id not among the next few is new here.
            if let kept = ids[old..<min(old + most, ids.count)].firstIndex(of: id) {
                skipped += ids[old..<kept]
                found.append(values[kept])
                old = kept + 1
            } else {
                added.append(id)
                found.append(nil)
            }
            guard skipped.count <= most, added.count <= most else { return nil }
        }
        skipped += ids[old...]
        guard skipped.count <= most, Set(skipped).isDisjoint(with: added) else { return nil }
        return found
    }
}
