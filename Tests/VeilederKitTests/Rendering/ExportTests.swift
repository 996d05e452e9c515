import Foundation
import Testing
@testable import VeilederKit

@Suite struct ExportTests {
    static let files = try! SiteBuild.files(content: TestPaths.content)

    @Test func theExportHoldsEveryPublicEntryWithLinksAndBacklinks() throws {
        let file = try #require(Self.files.first { $0.path == "data/kunnskapsbase.json" })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        let kb = try Pipeline.check(contentRoot: TestPaths.content, today: nil).knowledgeBase
        #expect(entries.count == kb.entries.count)
        let bedRest = try #require(entries.first { $0["id"] as? String == "sengeleie-akutt" })
        let fields = try #require(bedRest["fields"] as? [String: Any])
        #expect(fields["direction"] as? String == "mot")
        #expect((fields["strength"] as? [String: Any])?["grades"] as? [String] == ["sterk"])
        #expect((bedRest["backlinks"] as? [String])?.isEmpty == false)
        #expect(entries.allSatisfy { ($0["fields"] as? [String: Any])?["review-notes"] == nil })
    }

    @Test(.enabled(if: SchemaValidator.available, "python3 with jsonschema is not installed"))
    func theExportValidatesAgainstItsDocumentedSchema() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(Self.files.first { $0.path == "data/kunnskapsbase.json" })
        try Data(file.bytes).write(to: folder.appendingPathComponent("kb.json"))
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); data = json.load(open(sys.argv[2]))
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
            for e in errors[:20]: print("/".join(map(str, e.absolute_path)), e.message)
            sys.exit(1 if errors else 0)
            """
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", "-c", script, "docs/dev/kunnskapsbase.schema.json", folder.appendingPathComponent("kb.json").path,
        ], in: TestPaths.packageRoot)
        #expect(result.status == 0, "\(result.standardOutput)")
    }

    @Test func recommendationPagesCarryJSONLDWithoutAnEvidenceLevel() throws {
        let html = try SiteBuild.page("anbefalinger/sengeleie-akutt.html", in: Self.files)
        let json = try #require(html.components(separatedBy: "<script type=\"application/ld+json\">").last?.components(separatedBy: "</script>").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@type"] as? String == "MedicalGuidelineRecommendation")
        #expect(object["recommendationStrength"] as? String == "Anbefales ikke (sterk grad)")
        #expect(object["evidenceLevel"] == nil)
        #expect(object["evidenceOrigin"] as? String == "Ikke oppgitt i kilden")
    }

    @Test func jsonLDCannotCloseItsScriptElement() {
        let escaped = JSONValue.escapingClosingTags(Array(#"{"name":"a</script><b>c<"}"#.utf8))
        #expect(String(decoding: escaped, as: UTF8.self) == #"{"name":"a<\/script><b>c<"}"#)
    }

    @Test func reviewListsTheEditorialWorkAndExitsZero() throws {
        let result = try ProcessRunner.veileder(["review", "--today", "2026-11-22", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let types = Set((object["items"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String })
        #expect(types.isSuperset(of: ["merknad", "usikker-kobling", "uklar-retning", "utkast"]))
        let later = try ProcessRunner.veileder(["review", "--today", "2031-01-01"])
        #expect(later.status == 0 && later.standardOutput.contains("Skal leses mot kilden igjen"))
    }
}
