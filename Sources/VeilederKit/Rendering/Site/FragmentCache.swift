import Foundation

/// Per-entry pieces of the files that draw on every entry (the search index, the export, the
/// overview's rows, the glossary's terms, the FHIR questionnaires, the handouts), kept between the
/// renders of an incremental build. Each piece depends on its own entry and its links only; the
/// incremental build forgets the pieces of every entry a change can affect.
public final class FragmentCache: @unchecked Sendable {
    enum Kind: Hashable {
        case searchDocument, exportRecord, overviewRow, glossaryTerm, fhirQuestionnaire, handout
    }

    private let lock = NSLock()
    private var pieces: [Kind: AnyPieces] = [:]

    public init() {}

    /// The pieces of these entries, in their order: kept ones looked up at once, missing ones made
    /// on all cores (`make` gets the position in `ids`) and kept.
    func pieces<T: Sendable>(_ kind: Kind, _ ids: [EntryID], make: @Sendable (Int) -> T) -> [T] {
        lock.lock()
        let box = pieces[kind] as? Pieces<T> ?? Pieces<T>()
        pieces[kind] = box
        var found: [T?] = ids.map { box.map[$0] }
        lock.unlock()
        let missing = ids.indices.filter { found[$0] == nil }
        guard !missing.isEmpty else { return found.map { $0! } }
        let made = missing.parallelMap(make)
        lock.lock()
        for (index, piece) in zip(missing, made) {
            found[index] = piece
            box.map[ids[index]] = piece
        }
        lock.unlock()
        return found.map { $0! }
    }

    func forget(_ ids: Set<EntryID>) {
        lock.lock()
        for box in pieces.values { box.forget(ids) }
        lock.unlock()
    }

    func forgetAll() {
        lock.lock()
        pieces = [:]
        lock.unlock()
    }
}

/// One kind's kept pieces, whatever their type; changed only under the cache's lock.
private class AnyPieces: @unchecked Sendable {
    func forget(_ ids: Set<EntryID>) {}
}

private final class Pieces<T: Sendable>: AnyPieces, @unchecked Sendable {
    var map: [EntryID: T] = [:]

    override func forget(_ ids: Set<EntryID>) {
        for id in ids { map.removeValue(forKey: id) }
    }
}
