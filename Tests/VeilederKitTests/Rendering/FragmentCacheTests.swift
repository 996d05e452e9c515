import Synchronization
import Testing
@testable import VeilederKit

@Suite struct FragmentCacheTests {
    /// Counts the pieces made, from any thread.
    final class Made: Sendable {
        let count = Atomic<Int>(0)
        func next() -> Int { count.add(1, ordering: .relaxed).newValue }
    }

    @Test func aPieceIsMadeOnceUntilItsEntryIsForgotten() {
        let cache = FragmentCache()
        let made = Made()
        func piece() -> String { cache.pieces(.searchDocument, ["a"]) { _ in "stykke \(made.next())" }[0] }
        #expect(piece() == "stykke 1" && piece() == "stykke 1")
        cache.forget(["b"])
        #expect(piece() == "stykke 1")
        cache.forget(["a"])
        #expect(piece() == "stykke 2")
        cache.forgetAll()
        #expect(piece() == "stykke 3")
    }

    @Test func onlyTheMissingPiecesAreMadeAndAllComeBackInOrder() {
        let cache = FragmentCache()
        let made = Made()
        _ = cache.pieces(.overviewRow, ["b"]) { _ in "b\(made.next())" }
        let ids: [EntryID] = ["a", "b", "c", "d"]
        let pieces = cache.pieces(.overviewRow, ids) { index in "\(ids[index])\(made.next() > 0 ? "" : "?")" }
        #expect(pieces == ["a", "b1", "c", "d"])
        #expect(made.count.load(ordering: .relaxed) == 4)
    }

    @Test func aForgottenPieceIsMadeAgainInItsPlaceWhetherOrNotTheOrderChanged() {
        let cache = FragmentCache()
        let made = Made()
        let ids: [EntryID] = ["a", "b", "c"]
        func pieces(_ ids: [EntryID]) -> [String] { cache.pieces(.handout, ids) { "\(ids[$0])\(made.next())" } }
        let first = pieces(ids)
        #expect(first.map { $0.prefix(1) } == ["a", "b", "c"] && pieces(ids) == first)
        cache.forget(["b"])
        let second = pieces(ids)
        #expect(second[0] == first[0] && second[2] == first[2] && second[1] != first[1] && second[1].hasPrefix("b"))
        cache.forget(["c"])
        let reordered = pieces(["c", "b", "a"])
        #expect(reordered[1] == second[1] && reordered[2] == second[0] && reordered[0] != second[2] && reordered[0].hasPrefix("c"))
        #expect(made.count.load(ordering: .relaxed) == 5)
    }

    @Test func anEntryAddedOrRemovedMakesOnlyItsOwnPiece() {
        let cache = FragmentCache()
        let made = Made()
        func pieces(_ ids: [EntryID]) -> [String] { cache.pieces(.handout, ids) { "\(ids[$0])\(made.next())" } }
        let ids = (0..<40).map { EntryID("e\($0)") }
        let first = pieces(ids)
        // One put in, one taken out, as a file added and another removed.
        var changed = ids
        changed.insert("ny", at: 20)
        changed.remove(at: 30)
        let second = pieces(changed)
        #expect(made.count.load(ordering: .relaxed) == 41)
        var expected: [String] = Array(first[0..<20])
        expected.append(second[20])
        expected += first[20..<29]
        expected += first[30...]
        #expect(second == expected)
        #expect(second[20].hasPrefix("ny"))
        // An entry moved far is found again by id.
        var moved = changed
        moved.append(moved.removeFirst())
        #expect(pieces(moved) == Array(second.dropFirst()) + [second[0]])
        #expect(made.count.load(ordering: .relaxed) == 41)
    }

    @Test func anIDThatOccursTwiceIsMadeForEachPlaceAndNeverKept() {
        let cache = FragmentCache()
        let made = Made()
        let ids: [EntryID] = ["a", "b", "a"]
        func pieces() -> [String] { cache.pieces(.handout, ids) { "\(ids[$0])\(made.next())" } }
        let first = pieces()
        #expect(first.count == 3 && first[0] != first[2])
        _ = pieces()
        #expect(made.count.load(ordering: .relaxed) == 6)
    }

    @Test func aPieceThatIsNilIsKeptAsNil() {
        let cache = FragmentCache()
        let made = Made()
        let first: [String?] = cache.pieces(.exportRecord, ["a"]) { _ in _ = made.next(); return nil }
        let second: [String?] = cache.pieces(.exportRecord, ["a"]) { _ in _ = made.next(); return "ny" }
        #expect(first == [nil] && second == [nil] && made.count.load(ordering: .relaxed) == 1)
    }

    @Test func aComposedPieceIsKeptWhileWhatItIsMadeFromStaysTheSame() {
        let cache = FragmentCache()
        let made = Made()
        func group(_ rows: [String]) -> String { cache.composed(.overviewGroup, key: "gruppe-1", inputs: rows) { "\(rows.joined()) \(made.next())" } }
        #expect(group(["a", "b"]) == "ab 1" && group(["a", "b"]) == "ab 1")
        #expect(group(["a", "c"]) == "ac 2")
        #expect(cache.composed(.overviewGroup, key: "gruppe-2", inputs: ["a", "c"]) { "annen" } == "annen")
        cache.forget(["a"])
        #expect(group(["a", "c"]) == "ac 2")
        cache.forgetAll()
        #expect(group(["a", "c"]) == "ac 3")
    }

    @Test func kindsDoNotShareAPiece() {
        let cache = FragmentCache()
        _ = cache.pieces(.searchDocument, ["a"]) { _ in "søk" }
        #expect(cache.pieces(.exportRecord, ["a"]) { _ in "eksport" } == ["eksport"])
    }
}
