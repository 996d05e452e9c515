import Foundation

/// Per-entry pieces of the files that draw on every entry (the search index, the export, the
/// overview's rows, the glossary's terms, the FHIR questionnaires, the handouts), kept between the
/// renders of an incremental build. Each piece depends on its own entry and its links only; the
/// incremental build forgets the pieces of every entry a change can affect.
public final class FragmentCache: @unchecked Sendable {
    enum Kind: Hashable, CaseIterable {
        case searchDocument, exportRecord, overviewRow, glossaryTerm, fhirQuestionnaire, handout
    }

    private struct Key: Hashable {
        let kind: Kind
        let id: EntryID
    }

    private let lock = NSLock()
    private var pieces: [Key: any Sendable] = [:]

    public init() {}

    /// Boxed, so that a missing piece is never mistaken for a piece whose value is nil.
    private struct Piece<T: Sendable>: Sendable {
        let value: T
    }

    func piece<T: Sendable>(_ kind: Kind, _ id: EntryID, make: () -> T) -> T {
        lock.lock()
        let cached = pieces[Key(kind: kind, id: id)] as? Piece<T>
        lock.unlock()
        if let cached { return cached.value }
        let made = make()
        lock.lock()
        pieces[Key(kind: kind, id: id)] = Piece(value: made)
        lock.unlock()
        return made
    }

    func forget(_ ids: Set<EntryID>) {
        lock.lock()
        for kind in Kind.allCases {
            for id in ids { pieces.removeValue(forKey: Key(kind: kind, id: id)) }
        }
        lock.unlock()
    }

    func forgetAll() {
        lock.lock()
        pieces = [:]
        lock.unlock()
    }
}
