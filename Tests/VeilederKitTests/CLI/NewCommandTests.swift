import Foundation
import Testing
@testable import VeilederKit

/// `new` → fill in → `check` → `build`, in a temporary copy of the real content.
@Suite struct NewCommandTests {
    func copyOfContent() throws -> URL {
        let root = try TestPaths.temporaryDirectory()
        try FileManager.default.copyItem(at: TestPaths.content, to: root.appendingPathComponent("content"))
        return root
    }

    @Test func aNewRecommendationFilledInPassesCheckAndBuilds() throws {
        let root = try copyOfContent()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content").path
        let made = try ProcessRunner.veileder(["new", "recommendation", "varme-akutt", "--content", content])
        #expect(made.status == 0)
        #expect(made.standardOutput == "Laget \(content)/korsrygg/anbefalinger/varme-akutt.md\n")
        let file = URL(fileURLWithPath: content).appendingPathComponent("korsrygg/anbefalinger/varme-akutt.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("# Hva slags oppføring dette er.\nkind: recommendation"))
        #expect(text.contains("level: ikke-oppgitt"))
        #expect(!text.contains("ukjent"))

        // Unfilled, the scaffold is valid YAML but its placeholder section has no table in any chapter.
        let unfilled = try ProcessRunner.veileder(["check", "--content", content, "--today", "2026-11-22"])
        #expect(!unfilled.standardOutput.contains("[missing-key]") && !unfilled.standardOutput.contains("[unknown-key]"))

        // Filled in as an editor would: a real section, its order, a topic and the text.
        text = text.replacingOccurrences(of: "section: \"1.0\"", with: "section: \"7.1.1\"")
        text = text.replacingOccurrences(of: #"section: "\d+(\.\d+)+""#, with: "section: \"7.1.1\"", options: .regularExpression)
            .replacingOccurrences(of: "order: 1\n", with: "order: 99\n")
            .replacingOccurrences(of: "topic: Sengeleie", with: "topic: Varme")
            .replacingOccurrences(of: "Skriv anbefalingens tekst her, slik kilden skriver den.", with: "Varme kan forsøkes.")
            .replacingOccurrences(of: "Skriv dokumentasjonen her.", with: "Dokumentasjonen.")
        try Data(text.utf8).write(to: file)
        let checked = try ProcessRunner.veileder(["check", "--content", content, "--strict", "--today", "2026-11-22"])
        #expect(checked.status == 0, "\(checked.standardOutput)")
        let built = try ProcessRunner.veileder([
            "build", "--content", content, "--output", root.appendingPathComponent("site").path, "--today", "2026-11-22",
        ])
        #expect(built.status == 0, "\(built.standardOutput)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/anbefalinger/varme-akutt.html").path))
    }

    @Test(arguments: EntryKind.allCases)
    func everyKindCanBeScaffolded(kind: EntryKind) throws {
        let root = try copyOfContent()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content").path
        let made = try ProcessRunner.veileder(["new", kind.rawValue, "ny-\(kind.rawValue)", "--content", content])
        #expect(made.status == 0)
        let checked = try ProcessRunner.veileder(["check", "--content", content, "--today", "2026-11-22", "--format", "json"])
        let loading = ["missing-key", "unknown-key", "bad-value", "yaml-syntax", "front-matter"]
        #expect(!loading.contains { checked.standardOutput.contains("\"rule\" : \"\($0)\"") }, "\(kind): \(checked.standardOutput.prefix(800))")
    }

    @Test func anExistingIDOrAnUnsafeSlugIsRefused() throws {
        let existing = try ProcessRunner.veileder(["new", "recommendation", "sengeleie-akutt"])
        #expect(existing.status == 1)
        #expect(existing.standardError.contains("finnes allerede"))
        let unsafe = try ProcessRunner.veileder(["new", "definition", "Røde Flagg"])
        #expect(unsafe.status == 1)
        #expect(unsafe.standardError.contains("«rode-flagg»"))
        let wrongKind = try ProcessRunner.veileder(["new", "anbefaling", "x"])
        #expect(wrongKind.status == 64)
    }

    @Test func schemaWritesOneSchemaPerKindAndTheGuideline() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ProcessRunner.veileder(["schema", "--output", folder.path])
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == (EntryKind.allCases.map { "\($0.rawValue).json" } + ["guideline.json"]).sorted())
    }

    @Test func completionScriptsAreAvailable() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try ProcessRunner.veileder(["--generate-completion-script", shell])
            #expect(result.status == 0 && result.standardOutput.contains("veileder"), "\(shell)")
        }
    }
}
