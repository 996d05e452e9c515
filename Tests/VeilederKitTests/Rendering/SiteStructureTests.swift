import Foundation
import Testing
@testable import VeilederKit

@Suite struct SiteStructureTests {
    @Test func everyKindOfEntryGetsItsPage() throws {
        let paths = Set(try SiteBuild.fixtureSite.map(\.path))
        for path in [
            "index.html", "korsrygg/index.html", "anbefalinger/index.html", "brosjyre/index.html",
            "anbefalinger/aktivitet-akutt.html", "anbefalinger/inspeksjon.html", "definisjoner/isjias.html",
            "kategorier/uspesifikke.html", "skjema/rode-flagg.html", "skjema/smerteskala.html",
            "kapitler/diagnostikk.html", "artikler/praksis-og-idealer.html", "assets/veileder.css",
        ] where !paths.contains(path) {
            Issue.record("missing \(path)")
        }
    }

    @Test func chapterPlacesItsTablesAndDeclaresItsAnchors() throws {
        let files = try SiteBuild.fixtureSite
        let chapter = try #require(files.first { $0.path == "kapitler/diagnostikk.html" })
        for anchor in ["avsnitt-6-1", "avsnitt-6-2", "avsnitt-6-3-1", "diagnostiske-overveielser", "icpc", "arbeidsgruppen", "rad-1", "fotnote-1", "kommentarer"] {
            #expect(chapter.anchors.contains(anchor), "\(anchor)")
        }
        let html = String(decoding: chapter.bytes, as: UTF8.self)
        #expect(html.components(separatedBy: "<table class=\"anbefalinger\"").count - 1 == 4)
        #expect(html.contains("<h2 id=\"avsnitt-6-2\">6.2 Anamnese og klinisk undersøkelse</h2>"))
        // The second table of 6.2 holds «Supplerende undersøkelser», the first «Inspeksjon».
        let first = try #require(html.range(of: "Anbefalinger 6.2</caption>"))
        let second = try #require(html.range(of: "Anbefalinger 6.2 (tabell 2)</caption>"))
        #expect(html[first.upperBound..<second.lowerBound].contains("Inspeksjon"))
        #expect(html[second.upperBound...].contains("Supplerende undersøkelser"))
    }

    @Test func everyInternalLinkIsRelativeAndNamesAFile() throws {
        for file in try SiteBuild.fixtureSite where file.path.hasSuffix(".html") {
            for link in file.links {
                #expect(!link.href.hasPrefix("/") && !link.href.contains("://"), "\(file.path): \(link.href)")
                let path = link.href.split(separator: "#", omittingEmptySubsequences: false)[0]
                #expect(path.hasSuffix(".html") || path.hasSuffix(".css") || path.hasSuffix(".js") || path.hasSuffix(".txt"), "\(file.path): \(link.href)")
            }
            let html = String(decoding: file.bytes, as: UTF8.self)
            for attribute in ["src=\"http", "href=\"/", "href=\"//", "url(http", "@import"] {
                #expect(!html.contains(attribute), "\(file.path) contains \(attribute)")
            }
        }
    }

    @Test func everyPageHasOneMainHeadingAndTheLandmarks() throws {
        for file in try SiteBuild.fixtureSite where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            #expect(html.hasPrefix("<!doctype html>\n<html lang=\"nb\">"), "\(file.path)")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(file.path) has not exactly one h1")
            for landmark in ["<header", "<main id=\"innhold\">", "<footer", "class=\"hopp\""] {
                #expect(html.contains(landmark), "\(file.path) lacks \(landmark)")
            }
        }
    }

    @Test func theCurrencyBannerIsOnEveryPageOfTheGuideline() throws {
        let files = try SiteBuild.fixtureSite
        for path in ["korsrygg/index.html", "anbefalinger/inspeksjon.html", "kapitler/diagnostikk.html", "definisjoner/isjias.html", "brosjyre/index.html"] {
            #expect(try SiteBuild.page(path, in: files).contains("Retningslinjen er fra 2007 og er ikke revidert."), "\(path)")
        }
    }

    @Test func anUnlicensedInstrumentIsNotPublished() throws {
        let root = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("valid/korsrygg"), to: root.appendingPathComponent("korsrygg"))
        let url = root.appendingPathComponent("korsrygg/skjema/smerteskala.md")
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "licence: {holder: Eksempelforlaget, terms: Fri bruk i klinikk, modification-allowed: nei, permission: \"Brev 2026-01-01\"}\n", with: "")
        try Data(text.utf8).write(to: url)
        // `check` refuses the build (unlicensed-instrument); the renderer must hold the line on its own too.
        let report = try Pipeline.check(contentRoot: root, today: nil)
        #expect(report.diagnostics.map(\.ruleID) == ["unlicensed-instrument"])
        let files = SiteRenderer(knowledgeBase: report.knowledgeBase, templates: try TemplateSet.load(from: SiteBuild.templates)).render()
        #expect(files.contains { $0.path == "skjema/rode-flagg.html" })
        #expect(!files.contains { $0.path == "skjema/smerteskala.html" })
        #expect(!files.contains { String(decoding: $0.bytes, as: UTF8.self).contains("Hvor sterke er smertene nå?") })
    }

    @Test func brokenLinksAreFoundFromWhatWasEmitted() {
        let page = OutputFile(path: "a/x.html", bytes: [], anchors: ["innhold"], links: [
            InternalLink(target: "a/y.html", anchor: nil, href: "y.html"),
            InternalLink(target: "a/x.html", anchor: "mangler", href: "x.html#mangler"),
            InternalLink(target: "a/x.html", anchor: "innhold", href: "x.html#innhold"),
        ])
        let broken = LinkVerifier.verify([page])
        #expect(broken.map(\.href) == ["x.html#mangler", "y.html"])
    }

    /// A whole site is verified in slices on all cores: every broken link of every slice is found,
    /// once, in the order the verification one file at a time gives.
    @Test func aWholeSiteIsVerifiedInSlicesAsOneFileAtATime() {
        let files = (0..<1_234).map { number in
            OutputFile(path: "side-\(number).html", segments: [], linkGroups: [[
                InternalLink(target: "side-\((number + 1) % 1_234).html", anchor: nil, href: "neste.html"),
                InternalLink(target: number % 97 == 0 ? "borte.html" : "side-0.html", anchor: nil, href: "borte-\(number).html"),
            ]])
        }
        let broken = LinkVerifier.verify(files)
        #expect(broken.count == 13)
        #expect(Set(broken.map(\.page)).count == 13)
        let anchors = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.anchors) })
        #expect(broken == LinkVerifier.verify(files, anchorsOf: { anchors[$0] }))
    }

    /// In a rebuild where no file or anchor went away, a group of links the earlier version of the
    /// file held in the same place is not looked at again; a changed or new group is.
    @Test func aRebuildVerifiesOnlyTheGroupsOfLinksThatChanged() {
        func link(_ anchor: String) -> InternalLink { InternalLink(target: "a/x.html", anchor: anchor, href: "x.html#\(anchor)") }
        let anchors: Set<String> = ["innhold"]
        // The earlier file is made up: its first group holds a broken link, so skipping it shows.
        let earlier = OutputFile(path: "s.js", segments: [], linkGroups: [[link("gammel")], [link("innhold")]])
        let now = OutputFile(path: "s.js", segments: [], linkGroups: [[link("gammel")], [link("ny")], [link("tredje")]])
        let broken = LinkVerifier.verify(
            [now], earlier: { $0.path == "s.js" ? earlier.linkGroups : nil }, gone: [:], anchorsOf: { $0 == "a/x.html" ? anchors : nil })
        #expect(broken.map(\.href) == ["x.html#ny", "x.html#tredje"])
        #expect(LinkVerifier.verify([now], anchorsOf: { _ in anchors }).map(\.href) == ["x.html#gammel", "x.html#ny", "x.html#tredje"])
        #expect(now.links.map(\.href) == ["x.html#gammel", "x.html#ny", "x.html#tredje"])
    }

    @Test func afterAFileOrAnchorWentAwayKnownLinksAreCheckedOnlyWhereTheyGo() {
        func link(_ target: String, _ anchor: String? = nil) -> InternalLink {
            InternalLink(target: target, anchor: anchor, href: target + (anchor.map { "#\($0)" } ?? ""))
        }
        // Both files were verified before, as they are (their own earlier versions). The broken link
        // to «mangler.html» in a known group shows that only the links into what went away are checked.
        let unchanged = OutputFile(path: "a.html", segments: [], linkGroups: [
            [link("borte.html"), link("mangler.html")], [link("kapittel.html", "fjernet"), link("kapittel.html", "beholdt")],
        ])
        let other = OutputFile(path: "b.html", segments: [], linkGroups: [[link("a.html"), link("kapittel.html", "beholdt")]])
        let anchors: [String: Set<String>] = ["a.html": [], "b.html": [], "kapittel.html": ["beholdt"]]
        let gone: [String: Set<String>?] = ["borte.html": nil, "kapittel.html": ["fjernet"]]
        let broken = LinkVerifier.verifyUnchanged([unchanged, other], skipping: { _ in false }, gone: gone, anchorsOf: { anchors[$0] })
        #expect(LinkVerifier.verifyUnchanged([unchanged, other], skipping: { $0 == "a.html" }, gone: gone, anchorsOf: { anchors[$0] }).isEmpty)
        #expect(LinkVerifier.verify([unchanged, other], earlier: \.linkGroups, gone: gone, anchorsOf: { anchors[$0] }) == broken)
        #expect(broken.map(\.description) == [
            "a.html: «borte.html» peker på en fil som ikke finnes", "a.html: «kapittel.html#fjernet» peker på et anker som ikke finnes",
        ])
        // A group the earlier version did not hold is checked whole; one it held a place earlier is known.
        let rendered = OutputFile(path: "a.html", segments: [], linkGroups: [[link("mangler.html")], [link("a.html", "x")]])
        let earlier: [[InternalLink]] = [[link("b.html")], [link("a.html", "x")]]
        #expect(LinkVerifier.verify([rendered], earlier: { _ in earlier }, gone: gone, anchorsOf: { anchors[$0] }).map(\.href) == ["mangler.html"])
    }

    /// The bits of a file's linked paths hold every path it links to, and tell most other paths
    /// apart: a rebuild that removed a page reads the links of few files.
    @Test func linkedPathBitsHoldEveryLinkedPathAndRuleOutMostOthers() {
        let linked = (0..<30).map { "anbefalinger/anbefaling-\($0).html" }
        let file = OutputFile(path: "side.html", segments: [], linkGroups: [
            linked.prefix(10).map { InternalLink(target: $0, anchor: nil, href: $0) },
            linked.dropFirst(10).map { InternalLink(target: $0, anchor: "a", href: $0 + "#a") },
        ])
        for path in linked { #expect(file.linkedPaths.mayShare(PathBits([path])), "\(path)") }
        let others = (0..<1000).map { "definisjoner/begrep-\($0).html" }
        let ruledOut = others.filter { !file.linkedPaths.mayShare(PathBits([$0])) }
        #expect(ruledOut.count > 800, "\(ruledOut.count)")
        #expect(!OutputFile(path: "tom.html", bytes: []).linkedPaths.mayShare(PathBits(others)))
    }

    @Test func relativeHrefsClimbOnlyAsFarAsNeeded() {
        #expect(SitePaths.href(from: "anbefalinger/a.html", to: "kapitler/b.html", anchor: "x") == "../kapitler/b.html#x")
        #expect(SitePaths.href(from: "anbefalinger/a.html", to: "anbefalinger/b.html") == "b.html")
        #expect(SitePaths.href(from: "index.html", to: "korsrygg/index.html") == "korsrygg/index.html")
        #expect(SitePaths.href(from: "korsrygg/index.html", to: "index.html") == "../index.html")
    }

    @Test func searchWordsAreDistinctLowerCaseAndSorted() {
        let words = SearchPage.distinctWords(in: "Røde FLAGG og flagg, ØKT smerte-lindring og Økt 2A; ÆBLE-Kake «Isjias»").sorted()
        #expect(words == ["2a", "flagg", "isjias", "og", "røde", "smerte-lindring", "æble-kake", "økt"])
        // The same as lower-casing every word the slow way.
        let text = "Korsryggsmerter Med OG uten Nerverotaffeksjon – Ånd, Ære, ØVELSER og øvelser"
        #expect(SearchPage.distinctWords(in: text).sorted() == Set(TermIndex.words(in: text).map { $0.lowercased() }).sorted())
    }

    /// Every scalar up to U+00FF is lower-cased on bytes as `lowercased()` does it, alone and within a
    /// word; a word with anything beyond is left to `String`.
    @Test func latin1IsLowerCasedOnBytesAsStringDoes() {
        for value in UInt32(0)...0xFF {
            let scalar = String(Unicode.Scalar(value)!)
            for word in [scalar, "A\(scalar)z", "\(scalar)Ø\(scalar)"] {
                var bytes = Array(word.utf8)
                let done = bytes.withUnsafeMutableBufferPointer { DistinctWords.lowerLatin1(inPlace: $0) }
                #expect(done)
                #expect(bytes == Array(word.lowercased().utf8), "U+\(String(value, radix: 16))")
            }
        }
        for word in ["Ŧest", "æİ", "ﬁn", "e\u{301}"] {
            var bytes = Array(word.utf8)
            #expect(!bytes.withUnsafeMutableBufferPointer { DistinctWords.lowerLatin1(inPlace: $0) }, "\(word)")
        }
    }

    @Test func searchWordsMatchStringSortingForManyWordsAndLettersThatLeaveNFC() {
        // Enough distinct words to grow the table several times, with capitals and Norwegian letters.
        let many = (0..<3000).map { "Ord\($0 * 7919 % 3000) ÅS\($0 % 13) ø\($0 % 17)Æ" }.joined(separator: " ")
        #expect(SearchPage.distinctWords(in: many).sorted() == Set(TermIndex.words(in: many).map { $0.lowercased() }).sorted())
        // «İ» lower-cases to «i» and a combining dot, which is not NFC-safe: sorted as strings.
        let turkish = "İstanbul istanbul Zebra ære Ärlig ärlig Ŧest ŧest ÆRLIG İstanbul"
        #expect(SearchPage.distinctWords(in: turkish).sorted() == Set(TermIndex.words(in: turkish).map { $0.lowercased() }).sorted())
    }

    /// A search document is written as `JSONValue` writes the same members, quotes and control
    /// characters escaped, the words sorted as `words(in:)` sorts them.
    @Test func searchDocumentsAreTheBytesJSONValueWrites() {
        let texts = [
            "Røde FLAGG og flagg, ØKT smerte-lindring",
            "İstanbul istanbul Zebra ære Ärlig ärlig",
            "",
            (0..<400).map { "Ord\($0 % 97) ÅS\($0 % 13)" }.joined(separator: " "),
        ]
        for text in texts {
            let document = SearchPage.Document(
                u: "../a/b.html#x", t: "Tittel «med» \"sitat\" og \\", k: "Anbefaling", c: "recommendation",
                n: ["Isjias", "tab\there", "ny\nlinje\u{1}"], x: text, w: SearchPage.distinctWords(in: text))
            let oracle = JSONValue.object([
                "u": .string(document.u), "t": .string(document.t), "k": .string(document.k), "c": .string(document.c),
                "n": .strings(document.n), "x": .string(document.x), "w": .strings(SearchPage.distinctWords(in: text).sorted()),
            ]).bytes()
            #expect(document.json == oracle, "\(String(decoding: document.json, as: UTF8.self))")
        }
        let empty = SearchPage.Document(u: "", t: "", k: "", c: "", n: [], x: "", w: SearchPage.distinctWords(in: ""))
        #expect(String(decoding: empty.json, as: UTF8.self) == #"{"c":"","k":"","n":[],"t":"","u":"","w":[],"x":""}"#)
    }
}
