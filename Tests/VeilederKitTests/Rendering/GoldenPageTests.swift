import Testing
@testable import VeilederKit

/// The HTML of one page of each kind, pinned. Update deliberately (UPDATE_GOLDEN=1) and read the diff.
@Suite struct GoldenPageTests {
    static let site = try! SiteBuild.fixtureSite

    @Test(arguments: [
        "index.html", "korsrygg/index.html", "anbefalinger/supplerende-undersokelser.html",
        "anbefalinger/mr-uten-bedring.html", "definisjoner/isjias.html", "kategorier/uspesifikke.html",
        "skjema/rode-flagg.html", "kapitler/diagnostikk.html", "artikler/praksis-og-idealer.html",
        "brosjyre/index.html",
    ])
    func pageMatchesItsGoldenFile(path: String) throws {
        try Golden.expectMatches(try SiteBuild.page(path, in: Self.site), "site/\(path)")
    }
}
