import Testing
@testable import VeilederKit

/// Which paths under `content/` the loader reads: `*/guideline.yaml` and `**/*.md`, nothing hidden.
@Suite struct ContentFileTests {
    @Test(arguments: [
        "korsrygg/anbefalinger/sengeleie-akutt.md", "korsrygg/guideline.yaml", "nakke/ordliste/æøå.md", "a.md",
        "korsrygg/kapitler/del/underdel/dypt.md",
    ])
    func isRead(_ path: String) {
        #expect(ContentLoader.isContentFile(path))
    }

    @Test(arguments: [
        "guideline.yaml", "korsrygg/kapitler/guideline.yaml", ".skjult/a.md", "korsrygg/.utkast/a.md", "korsrygg/.a.md",
        "korsrygg/a.md.bak", "korsrygg/a.MD", "korsrygg/a.txt", "korsrygg/md", "README",
    ])
    func isNotRead(_ path: String) {
        #expect(!ContentLoader.isContentFile(path))
    }
}
