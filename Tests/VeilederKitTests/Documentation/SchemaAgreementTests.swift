import Foundation
import Testing
@testable import VeilederKit

/// The loader and the schema the docs, JSON Schema and `new` are made from must agree key for key.
@Suite struct SchemaAgreementTests {
    /// The keys the loader allows at the top of a file, read from its own unknown-key message.
    func allowedKeys(_ files: [String: String], path: String) throws -> [String] {
        var withUnknown = files
        withUnknown[path] = files[path]!.replacingOccurrences(of: "\nid: ", with: "\nukjent-nokkel: x\nid: ")
        let report = Pipeline.check(files: RuleExample(withUnknown).contentTree, today: nil)
        let finding = try #require(report.diagnostics.first { $0.ruleID == "unknown-key" && $0.message.contains("ukjent-nokkel") })
        let list = try #require(finding.fixIt.components(separatedBy: "Tillatte nøkler her: ").last)
        return list.trimmingCharacters(in: CharacterSet(charactersIn: ".")).components(separatedBy: ", ").sorted()
    }

    @Test(arguments: EntryKind.allCases)
    func theLoaderAllowsExactlyTheSchemasKeys(kind: EntryKind) throws {
        let text = EntryScaffold.text(kind: kind, id: "ny", guideline: nil)
        let allowed = try allowedKeys(["korsrygg/x/ny.md": text], path: "korsrygg/x/ny.md")
        #expect(allowed == ContentSchema.keys(for: kind).map(\.name).sorted())
    }

    @Test func guidelineFileKeysAgree() throws {
        let text = ExampleEntries.guideline.replacingOccurrences(of: "id: korsrygg\n", with: "id: korsrygg\nukjent-nokkel: x\n")
        let report = Pipeline.check(files: RuleExample(["korsrygg/guideline.yaml": text]).contentTree, today: nil)
        let finding = try #require(report.diagnostics.first { $0.ruleID == "unknown-key" })
        let allowed = finding.fixIt.components(separatedBy: "Tillatte nøkler her: ").last!
            .trimmingCharacters(in: CharacterSet(charactersIn: ".")).components(separatedBy: ", ").sorted()
        #expect(allowed == ContentSchema.guidelineFile.map(\.name).sorted())
    }

    @Test(arguments: EntryKind.allCases)
    func everyScaffoldLoadsWithItsRequiredKeysOnly(kind: EntryKind) throws {
        let guideline = try Pipeline.check(contentRoot: TestPaths.content, today: nil).knowledgeBase.guideline("korsrygg")
        let text = EntryScaffold.text(kind: kind, id: "ny-oppforing", guideline: guideline)
        let report = Pipeline.check(files: RuleExample(["korsrygg/x/ny.md": text]).contentTree, today: nil)
        let loading = report.diagnostics.filter { ["unknown-key", "missing-key", "bad-value", "yaml-syntax", "yaml-alias"].contains($0.ruleID) }
        #expect(loading.isEmpty, "\(loading.map { "\($0.ruleID) \($0.message)" })")
    }
}
