import Testing
@testable import VeilederKit

@Suite struct LinkResolutionTests {
    static let report = try! Pipeline.check(contentRoot: TestPaths.fixtures.appendingPathComponent("valid"), today: nil)
    var kb: KnowledgeBase { Self.report.knowledgeBase }

    @Test func plainIDResolvesToTheEntry() {
        #expect(kb.resolve("@isjias") == .entry("isjias", anchor: nil))
    }

    @Test func idWithADeclaredAnchorResolves() {
        #expect(kb.resolve("@diagnostikk#avsnitt-6-2") == .entry("diagnostikk", anchor: "avsnitt-6-2"))
        #expect(kb.resolve("@diagnostikk#icpc") == .entry("diagnostikk", anchor: "icpc"))
        #expect(kb.resolve("@diagnostikk#rad-1") == .entry("diagnostikk", anchor: "rad-1"))
    }

    @Test func headingWithoutASectionNumberGetsASlugAnchor() {
        #expect(kb.resolve("@diagnostikk#kommentarer") == .entry("diagnostikk", anchor: "kommentarer"))
    }

    @Test func missingIDAndMissingAnchorAreTold() {
        #expect(kb.resolve("@isjas") == .unknownEntry("isjas"))
        #expect(kb.resolve("@diagnostikk#avsnitt-9-9") == .unknownAnchor("diagnostikk", anchor: "avsnitt-9-9"))
    }

    @Test func externalAndUnsupportedTargets() {
        #expect(kb.resolve("https://www.helsedirektoratet.no") == .external("https://www.helsedirektoratet.no"))
        #expect(kb.resolve("isjias.html") == .unsupported("isjias.html"))
        #expect(kb.resolve("#kommentarer") == .unsupported("#kommentarer"))
    }

    @Test func wrongKindIsAFindingOfItsOwn() {
        let files = RuleExample([
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.replacing(
                "citations:", with: "documentation-from: isjias\ncitations:", in: ExampleEntries.recommendation),
            "korsrygg/definisjoner/isjias.md": ExampleEntries.definition,
        ]).contentTree
        let findings = Pipeline.check(files: files, today: nil).diagnostics
        #expect(findings.map(\.ruleID) == ["wrong-kind"])
        #expect(findings.first?.message.contains("«isjias» er en definisjon") == true)
    }

    @Test func backLinksAndMentionsAreCollected() {
        #expect(kb.backlinks["isjias"] == ["diagnostikk", "nerverotaffeksjon"])
        #expect(kb.backlinks["aktivitet-akutt"] == ["sykmelding-akutt"])
        // «isjias» is linked explicitly in the chapter; the mention index looks only at unlinked prose.
        #expect(kb.mentions["isjias"] == nil)
        #expect(kb.mentions["nerverotaffeksjon"] == nil)
    }

    @Test func inheritedStrengthPointsAtTheEntryThatStatesIt() throws {
        let inherited = try #require(kb.entry("mr-uten-bedring")?.content.recommendation)
        #expect(inherited.strength.basis == .arvet)
        #expect(inherited.strength.from == "ikke-radiologi-initialt")
        let source = try #require(kb.entry("ikke-radiologi-initialt")?.content.recommendation)
        #expect(source.strength.grades == inherited.strength.grades)
    }

    /// Linking, planning and the export read the targets alone; the rules read the references.
    @Test func frontMatterTargetsAreTheReferencesTargets() throws {
        let real = try Pipeline.check(contentRoot: TestPaths.content, today: nil).knowledgeBase
        let named = (kb.entries + real.entries).filter { !$0.frontMatterReferences.isEmpty }
        #expect(named.contains { $0.kind == .definition } && named.contains { $0.content.recommendation?.strength.from != nil })
        #expect(named.contains { $0.content.recommendation?.documentationFrom != nil })
        for entry in kb.entries + real.entries {
            #expect(entry.frontMatterTargets == entry.frontMatterReferences.map(\.target), "\(entry.id)")
        }
    }

    /// `isUnsafe` reads ASCII addresses as bytes; it must answer as the characters do, with case,
    /// whitespace and characters beyond ASCII anywhere in the scheme.
    @Test func unsafeSchemesAreFoundAsTheCharactersTellThem() {
        func oracle(_ url: String) -> Bool {
            let scheme = url.lowercased().filter { !$0.isWhitespace }
            return ["javascript:", "vbscript:", "data:", "file:"].contains(where: scheme.hasPrefix)
        }
        let bases = ["javascript:alert(1)", "JavaScript:x", "vbscript:x", "data:text/html,x", "FILE:///etc", "file:", "data:",
                     "@isjias", "https://example.org", "mailto:a@b.no", "javascrip:", "java", ""]
        let inserted = [" ", "\t", "\n", "\r\n", "\u{A0}", "\u{301}", "é", "\u{2028}", "X"]
        var urls = bases
        for base in bases {
            let characters = Array(base)
            for piece in inserted {
                for position in 0...min(characters.count, 13) {
                    var url = characters
                    url.insert(contentsOf: Array(piece), at: position)
                    urls.append(String(url))
                }
            }
        }
        var unsafe = 0
        for url in urls {
            #expect(LinkReference.isUnsafe(url) == oracle(url), "\(url.debugDescription)")
            if oracle(url) { unsafe += 1 }
        }
        #expect(unsafe > 100 && unsafe < urls.count - 100)
    }
}
