import Foundation

/// Per-entry pieces of the files that draw on every entry (the search index, the export, the
/// overview's rows, the glossary's terms, the FHIR questionnaires, the handouts), kept between the
/// renders of an incremental build. Each piece depends on its own entry and its links only; the
/// incremental build forgets the pieces of every entry a change can affect.
public final class FragmentCache: @unchecked Sendable {
    enum Kind: Hashable {
        case searchDocument, exportRecord, overviewRow, glossaryTerm, fhirQuestionnaire, handout
        /// Made from other pieces rather than from one entry.
        case overviewGroup
    }

    private let lock = NSLock()
    private var pieces: [Kind: AnyPieces] = [:]
    private var composed: [Kind: [String: (inputs: [String], value: String)]] = [:]

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

    func forget(_ ids: Set<EntryID>) {
        lock.lock()
        for box in pieces.values { box.forget(ids) }
        lock.unlock()
    }

    func forgetAll() {
        lock.lock()
        pieces = [:]
        composed = [:]
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
        let earlier = Dictionary(uniqueKeysWithValues: positions.compactMap { id, position in
            forgotten.contains(id) ? nil : (id, values[position])
        })
        var found = requested.map { earlier[$0] }
        let missing = found.indices.filter { found[$0] == nil }
        for (index, piece) in zip(missing, missing.parallelMap(make)) { found[index] = piece }
        values = found.map { $0! }
        positions = Dictionary(requested.enumerated().map { ($1, $0) }) { first, _ in first }
        // An id twice (a base that fails its check) keeps nothing: every request makes its pieces anew.
        ids = positions.count == requested.count ? requested : []
        if ids.isEmpty { positions = [:] }
        forgotten = []
    }
}
