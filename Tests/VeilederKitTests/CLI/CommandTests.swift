import Foundation
import Testing
@testable import VeilederKit

/// Each command as a process: arguments in, output and exit code out.
@Suite struct CommandTests {
    @Test(arguments: [
        (["--help"], "help/veileder.txt"),
        (["check", "--help"], "help/check.txt"),
        (["rules", "--help"], "help/rules.txt"),
        (["build", "--help"], "help/build.txt"),
        (["provenance", "--help"], "help/provenance.txt"),
        (["lix", "--help"], "help/lix.txt"),
        (["new", "--help"], "help/new.txt"),
        (["schema", "--help"], "help/schema.txt"),
        (["docs", "--help"], "help/docs.txt"),
        (["review", "--help"], "help/review.txt"),
        (["pdf", "--help"], "help/pdf.txt"),
        (["watch", "--help"], "help/watch.txt"),
    ])
    func helpIsPinned(arguments: [String], golden: String) throws {
        let result = try ProcessRunner.veileder(arguments)
        #expect(result.status == 0)
        try Golden.expectMatches(result.standardOutput, golden)
    }

    @Test func misuseExitsSixtyFour() throws {
        let unknownOption = try ProcessRunner.veileder(["check", "--bogus"])
        #expect(unknownOption.status == 64)
        #expect(unknownOption.standardError.contains("Unknown option '--bogus'"))

        let badDate = try ProcessRunner.veileder(["check", "--today", "2026-13-01"])
        #expect(badDate.status == 64)
        #expect(badDate.standardError.contains("«2026-13-01» er ikke en dato"))

        let noFolder = try ProcessRunner.veileder(["check", "--content", "finnes-ikke"])
        #expect(noFolder.status == 64)
        #expect(noFolder.standardError.contains("Fant ikke innholdsmappen"))

        let badFormat = try ProcessRunner.veileder(["check", "--format", "xml"])
        #expect(badFormat.status == 64)
    }

    @Test func jsonFormatCarriesEveryFindingAndASummary() throws {
        let root = try FixtureTreeTests.invalidTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try ProcessRunner.veileder(["check", "--content", root.path, "--format", "json", "--today", "2026-11-21"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 33)
        let first = try #require(diagnostics.first)
        #expect(first["rule"] as? String == "bad-value")
        #expect(first["line"] as? Int == 10 && first["column"] as? Int == 12)
        #expect((first["file"] as? String)?.hasSuffix("korsrygg/anbefalinger/bad-value.md") == true)
        #expect((first["fixIt"] as? String)?.contains("Mente du «mot»?") == true)
        let summary = try #require(object?["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 31 && summary["warnings"] as? Int == 2 && summary["files"] as? Int == 37)
    }

    @Test func githubFormatWritesWorkflowCommands() throws {
        let result = try ProcessRunner.veileder([
            "check", "--content", "Tests/VeilederKitTests/Fixtures/invalid", "--format", "github", "--today", "2026-11-21",
        ])
        #expect(result.status == 1)
        let line = try #require(result.standardOutput.split(separator: "\n").first { $0.contains("bad-value.md") })
        #expect(line == "::error file=Tests/VeilederKitTests/Fixtures/invalid/korsrygg/anbefalinger/bad-value.md,line=10,col=12,title=[bad-value]::«imot» er ikke en gyldig retning (nøkkelen «direction»).%0ASlik retter du det: Mente du «mot»? Tillatte verdier: for, mot, ikke-grunnlag, uklar.")
    }

    @Test func rulesListsEveryRuleAndShowsOne() throws {
        let list = try ProcessRunner.veileder(["rules"])
        #expect(list.status == 0)
        #expect(list.standardOutput.split(separator: "\n").count == RuleCatalog.all.count)
        let one = try ProcessRunner.veileder(["rules", "yaml-alias"])
        #expect(one.standardOutput.contains("Hvorfor: I YAML betyr «*» et alias"))
        let unknown = try ProcessRunner.veileder(["rules", "finnes-ikke"])
        #expect(unknown.status == 64)
    }

    @Test func rulesWritesAnExampleThatCheckAgreesWith() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ProcessRunner.veileder(["rules", "mojibake", "--write-example", folder.path])
        let failing = try ProcessRunner.veileder(["check", "--content", folder.path, "--today", "2026-11-21"])
        #expect(failing.status == 1 && failing.standardOutput.contains("[mojibake]"))
    }

    @Test func buildWritesTheSiteChecksItAndLeavesItAloneOnErrors() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content"), site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("valid"), to: content)
        let arguments = ["--content", content.path, "--output", site.path, "--templates", "templates", "--today", "2026-11-21"]

        let built = try ProcessRunner.veileder(["build"] + arguments)
        #expect(built.status == 0)
        #expect(built.standardOutput.hasPrefix("Bygget ") && built.standardOutput.hasSuffix(" sider.\n"))
        let check = try ProcessRunner.veileder(["build", "--check"] + arguments)
        #expect(check.status == 0 && check.standardOutput.contains("er lik en ny bygging"))

        // A changed page is named by --check.
        let page = site.appendingPathComponent("definisjoner/isjias.html")
        try Data("endret".utf8).write(to: page)
        let stale = try ProcessRunner.veileder(["build", "--check"] + arguments)
        #expect(stale.status == 1 && stale.standardOutput.contains("endret: definisjoner/isjias.html"))

        // A content error: exit 1, the findings printed, and the site exactly as it was.
        let recommendation = content.appendingPathComponent("korsrygg/anbefalinger/inspeksjon.md")
        let text = try String(contentsOf: recommendation, encoding: .utf8).replacingOccurrences(of: "direction: for", with: "direction: fore")
        try Data(text.utf8).write(to: recommendation)
        let before = try Data(contentsOf: page)
        let failed = try ProcessRunner.veileder(["build"] + arguments)
        #expect(failed.status == 1)
        #expect(failed.standardOutput.contains("[bad-value]") && failed.standardOutput.contains("er urørt"))
        #expect(try Data(contentsOf: page) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["content", "site"])
    }

    @Test func buildRefusesAFolderItDidNotMake() throws {
        let home = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        try Data("privat".utf8).write(to: home.appendingPathComponent("notater.txt"))
        let result = try ProcessRunner.veileder([
            "build", "--content", "Tests/VeilederKitTests/Fixtures/valid", "--output", home.path, "--today", "2026-11-21",
        ])
        #expect(result.status == 1)
        #expect(result.standardError.contains("er ikke laget av veileder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == ["notater.txt"])
    }

    @Test func provenanceReportsTheWeakestEntriesAndFailsBelowTheThreshold() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Sengeleie anbefales ikke (sterk grad) som terapi.\n".utf8)
            .write(to: folder.appendingPathComponent("002_a4bd0556ff58bc19.txt"))
        let content = folder.appendingPathComponent("content")
        var text = ExampleEntries.replacing("[\"2153-2157\"]", with: "[\"1\"]", in: ExampleEntries.recommendation)
        text = text.components(separatedBy: "---\n").prefix(2).joined(separator: "---\n") + "---\nSengeleie anbefales ikke (sterk grad) som terapi.\n"
        try ContentTree.write(RuleExample.baseFiles.merging(["korsrygg/a.md": text]) { $1 }, to: content)
        let faithful = try ProcessRunner.veileder(["provenance", "--content", content.path, "--seeds", folder.path])
        #expect(faithful.status == 0)
        #expect(faithful.standardOutput.contains("100 %  sengeleie-akutt"))
        try Data(text.replacingOccurrences(of: "Sengeleie anbefales ikke (sterk grad) som terapi.", with: "Hvil minst mulig i sengen.").utf8)
            .write(to: content.appendingPathComponent("korsrygg/a.md"))
        let paraphrase = try ProcessRunner.veileder(["provenance", "--content", content.path, "--seeds", folder.path])
        #expect(paraphrase.status == 1)
        #expect(paraphrase.standardOutput.contains("korsrygg/a.md: bare 0 % av ordparene finnes i kildespennet"))
        let missing = try ProcessRunner.veileder(["provenance", "--content", content.path, "--seeds", "/finnes/ikke"])
        #expect(missing.status == 64)
    }

    @Test func lixPrintsEveryBrochureSectionInOrder() throws {
        let result = try ProcessRunner.veileder(["lix", "--content", "Tests/VeilederKitTests/Fixtures/valid"])
        #expect(result.status == 0)
        let lix = LIX(markdown: "Noen tegn betyr at legen bør undersøke deg nærmere. Se [røde flagg](@rode-flagg).\n")
        #expect(result.standardOutput == "\(lix.formatted)  oppsoke-hjelp  (\(lix.words) ord, \(lix.sentences) setninger)\n")
    }
}
