import Foundation
import Testing
@testable import VeilederKit

/// Every real entry's front matter validated against the generated schemas by an independent
/// validator (PyPI jsonschema), with the YAML loaded as the tool loads it: every scalar as text.
enum SchemaValidator {
    static var available: Bool {
        (try? ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import jsonschema, yaml"], in: TestPaths.packageRoot))?.status == 0
            || Chromium.isRequired
    }
}

@Suite(.enabled(if: SchemaValidator.available, "python3 with jsonschema and PyYAML is not installed"))
struct JSONSchemaTests {
    @Test func everyRealEntryValidatesAgainstItsSchema() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for schema in JSONSchemaGenerator.schemas() {
            try Data(schema.text.utf8).write(to: folder.appendingPathComponent(schema.name))
        }
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "Tests/schema/validate_front_matter.py", folder.path, TestPaths.content.path],
            in: TestPaths.packageRoot)
        #expect(result.status == 0, "\(result.standardOutput.suffix(3000))")
        #expect(result.standardOutput.contains(" filer validert"))
    }

    /// The schema catches what the tool would read wrongly in an editor: an unquoted section number.
    @Test func anUnquotedSectionNumberIsFlaggedByTheSchema() throws {
        let schema = try #require(JSONSchemaGenerator.schemas().first { $0.name == "recommendation.json" })
        #expect(schema.text.contains("\"pattern\" : \"^[0-9]+(\\\\.[0-9]+)*$\""))
        #expect(schema.text.contains("\"additionalProperties\" : false"))
    }
}
