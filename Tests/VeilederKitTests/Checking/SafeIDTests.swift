import Testing
@testable import VeilederKit

/// What `unsafe-id` accepts as an id: a–z, 0–9 and single inner hyphens, at most 80 bytes.
@Suite struct SafeIDTests {
    @Test(arguments: ["sengeleie-akutt", "a", "a-b-c1", "sf-36", String(repeating: "a", count: 80)])
    func safe(id: String) {
        #expect(EntryID.isSafeSlug(id))
    }

    @Test(arguments: ["", "-a", "a-", "a--b", "Sengeleie", "sengeleie_akutt", "rad om", "ryggøvelser", "e\u{301}",
                      String(repeating: "a", count: 81)])
    func unsafe(id: String) {
        #expect(!EntryID.isSafeSlug(id))
    }
}
