import Testing
@testable import VeilederKit

@Suite struct FrontMatterTests {
    func check(_ text: String) -> CheckReport {
        Pipeline.check(files: RuleExample.recommendation(text).contentTree, today: nil)
    }

    func replacing(_ old: String, _ new: String) -> CheckReport {
        check(ExampleEntries.replacing(old, with: new, in: ExampleEntries.recommendation))
    }

    @Test func everyScalarIsReadAsTheTextWritten() throws {
        let report = replacing("section: \"7.1.1\"", "section: 7.10")
        // 7.10 is not in the contents, and it must be reported as «7.10», not as the number 7.1.
        let finding = try #require(report.diagnostics.first)
        #expect(finding.ruleID == "section-not-in-contents")
        #expect(finding.message.contains("«7.10»"))
    }

    @Test func unknownKeyNamesTheClosestAllowedKey() throws {
        let finding = try #require(replacing("topic: Sengeleie", "topic: Sengeleie\ndirektion: mot").diagnostics.first)
        #expect(finding.ruleID == "unknown-key")
        #expect(finding.fixIt.contains("Mente du «direction»?"))
        #expect(finding.location.line == 8)
    }

    @Test func badVocabularyValueListsTheAllowedValues() throws {
        let finding = try #require(replacing("level: ikke-oppgitt", "level: svært god").diagnostics.first)
        #expect(finding.ruleID == "bad-value")
        #expect(finding.fixIt.contains("meget-god, god, manglende, ikke-oppgitt"))
        #expect(finding.location.line == 17 && finding.location.column == 10)
    }

    @Test func emptyValueCountsAsMissing() throws {
        let finding = try #require(replacing("topic: Sengeleie", "topic:").diagnostics.first)
        #expect(finding.ruleID == "missing-key")
        #expect(finding.message.contains("har ingen verdi"))
    }

    @Test func aScalarWhereAListBelongsIsReported() throws {
        let finding = try #require(replacing("phases: [akutt]", "phases: akutt").diagnostics.first)
        #expect(finding.ruleID == "bad-value")
        #expect(finding.message.contains("skal være en liste"))
    }

    @Test func allFindingsOfAFileAreReportedAtOnce() {
        let text = ExampleEntries.recommendation
            .replacingOccurrences(of: "direction: mot", with: "direction: imot")
            .replacingOccurrences(of: "diagnosis: uspesifikke", with: "diagnosis: alt")
            .replacingOccurrences(of: "topic: Sengeleie", with: "tema: Sengeleie")
        let ids = check(text).diagnostics.map(\.ruleID).sorted()
        #expect(ids == ["bad-value", "bad-value", "missing-key", "unknown-key"])
    }

    @Test func starsAreAnAliasAndGetTheirOwnAdvice() throws {
        let finding = try #require(replacing("level: ikke-oppgitt", "level: ***").diagnostics.first)
        #expect(finding.ruleID == "yaml-alias")
        #expect(finding.fixIt.contains("meget-god (***)"))
    }

    @Test func anchorsAndAliasesAreRefusedEvenWhenValid() throws {
        let finding = try #require(replacing("phases: [akutt]", "phases: &p [akutt]\ncitations2: *p").diagnostics.first)
        #expect(finding.ruleID == "yaml-alias")
    }

    /// A billion-laughs document: refused at the first anchor, without expanding anything.
    @Test func aliasBombIsRefusedQuickly() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
        }
        let text = "---\n" + lines.joined(separator: "\n") + "\n---\nTekst.\n"
        let finding = try #require(check(text).diagnostics.first)
        #expect(finding.ruleID == "yaml-alias")
    }

    @Test func deepFlowNestingIsRefusedWithoutRecursingIntoIt() throws {
        let depth = 200_000
        let text = "---\nkind: recommendation\nid: dyp\nx: \(String(repeating: "[", count: depth))\(String(repeating: "]", count: depth))\n---\nTekst.\n"
        let finding = try #require(check(text).diagnostics.first)
        #expect(finding.ruleID == "file-too-large" || finding.ruleID == "yaml-nesting")
        let shallowButDeep = "---\nkind: recommendation\nid: dyp\nx: \(String(repeating: "[", count: 40))\(String(repeating: "]", count: 40))\n---\nTekst.\n"
        #expect(check(shallowButDeep).diagnostics.first?.ruleID == "yaml-nesting")
    }

    @Test func deepBlockNestingIsRefused() throws {
        var yaml = "kind: recommendation\nid: dyp\n"
        for level in 0..<15 { yaml += String(repeating: "  ", count: level) + "k\(level):\n" }
        yaml += String(repeating: "  ", count: 15) + "v: 1\n"
        let finding = try #require(check("---\n" + yaml + "---\nTekst.\n").diagnostics.first)
        #expect(finding.ruleID == "yaml-nesting")
    }

    @Test func duplicateKeysAreASyntaxError() throws {
        let finding = try #require(replacing("topic: Sengeleie", "topic: Sengeleie\ntopic: Igjen").diagnostics.first)
        #expect(finding.ruleID == "yaml-syntax")
        #expect(finding.message.contains("«topic»"))
    }

    @Test func aFileThatIsNotAMappingIsReported() throws {
        let finding = try #require(check("---\n- en\n- liste\n---\nTekst.\n").diagnostics.first)
        #expect(finding.ruleID == "yaml-syntax")
    }

    @Test func anEntryWithErrorsStillResolvesAsALinkTarget() {
        let files = RuleExample([
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.replacing(
                "direction: mot", with: "direction: imot", in: ExampleEntries.recommendation),
            "korsrygg/definisjoner/isjias.md": ExampleEntries.replacing(
                "Smerter i", with: "Se [sengeleie](@sengeleie-akutt). Smerter i", in: ExampleEntries.definition),
        ]).contentTree
        let ids = Pipeline.check(files: files, today: nil).diagnostics.map(\.ruleID)
        #expect(ids == ["bad-value"])
    }
}
