import Foundation
import Testing

/// Search as a person uses it: the page opened from `file://` with `?q=`, scripts running, the first
/// hit read from the DOM. Expected first hits are what a clinician looking for the term expects.
@Suite(.serialized, .enabled(if: Chromium.shouldRun, "Chromium is not installed: browser tests skipped"))
struct SearchBrowserTests {
    static let table: [(query: String, first: String)] = [
        ("isjias", "definisjoner/isjias.html"),
        ("Isj", "definisjoner/isjias.html"),
        ("sengeleie", "anbefalinger/sengeleie-akutt.html"),
        ("r%C3%B8de%20flagg", "skjema/rode-flagg.html"),
        ("lumbago", "definisjoner/korsryggsmerter.html"),
        ("r%C3%B8de", "skjema/rode-flagg.html"),
        ("gule+flagg", "skjema/gule-flagg.html"),
        ("cauda%20equina", "skjema/cauda-equina.html"),
        ("manipulasjon", "definisjoner/manipulasjon.html"),
        ("spinal%20stenose", "definisjoner/spinal-stenose.html"),
        ("kortversjon", "kapitler/kortversjonen.html"),
        ("Nakkesmerter", "nakke/index.html"),
    ]

    func hits(_ query: String) throws -> [String] {
        let dom = try Chromium.dumpDOM(BuiltSite.url("sok.html", query: "q=\(query)"))
        guard let list = dom.range(of: "<ol id=\"treff\" class=\"treff\">") else { return [] }
        let rest = dom[list.upperBound...]
        let end = rest.range(of: "</ol>")?.lowerBound ?? rest.endIndex
        return rest[..<end].components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func theFirstHitIsWhatTheReaderLooksFor() throws {
        for (query, first) in Self.table {
            let found = try hits(query)
            #expect(found.first == first, "?q=\(query): first hit \(found.first ?? "none"), expected \(first)")
        }
    }

    @Test func norwegianLettersAreKeptApart() throws {
        let plain = try hits("ovelser")
        let norwegian = try hits("%C3%B8velser")
        #expect(plain.isEmpty)
        #expect(!norwegian.isEmpty)
    }
}
