import Testing
@testable import VeilederKit

@Suite struct FragmentCacheTests {
    @Test func aPieceIsMadeOnceUntilItsEntryIsForgotten() {
        let cache = FragmentCache()
        var made = 0
        func piece() -> String { cache.piece(.searchDocument, "a") { made += 1; return "stykke \(made)" } }
        #expect(piece() == "stykke 1" && piece() == "stykke 1")
        cache.forget(["b"])
        #expect(piece() == "stykke 1")
        cache.forget(["a"])
        #expect(piece() == "stykke 2")
        cache.forgetAll()
        #expect(piece() == "stykke 3")
    }

    @Test func aPieceThatIsNilIsKeptAsNil() {
        let cache = FragmentCache()
        var made = 0
        let first: String? = cache.piece(.exportRecord, "a") { made += 1; return nil }
        let second: String? = cache.piece(.exportRecord, "a") { made += 1; return "ny" }
        #expect(first == nil && second == nil && made == 1)
    }

    @Test func kindsDoNotShareAPiece() {
        let cache = FragmentCache()
        _ = cache.piece(.searchDocument, "a") { "søk" }
        #expect(cache.piece(.exportRecord, "a") { "eksport" } == "eksport")
    }
}
