import Foundation
import Testing
@testable import VeilederKit

enum FHIRValidator {
    static var available: Bool {
        (try? ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import fhir.resources.R4B.questionnaire"], in: TestPaths.packageRoot))?.status == 0
            || Chromium.isRequired
    }
}

/// Every questionnaire exported as FHIR R4 and validated by an independent model library (PyPI
/// fhir.resources, R4B models), with a broken resource as a control that must fail.
@Suite(.enabled(if: FHIRValidator.available, "python3 with fhir.resources is not installed"))
struct FHIRTests {
    static let script = """
        import sys
        from fhir.resources.R4B.questionnaire import Questionnaire
        failures = 0
        for path in sys.argv[1:]:
            try:
                Questionnaire.model_validate_json(open(path, encoding="utf-8").read())
                print("ok", path)
            except Exception as error:
                failures += 1
                print("feil", path, str(error).splitlines()[0])
        sys.exit(1 if failures else 0)
        """

    @Test func everyQuestionnaireIsAValidFHIRQuestionnaire() throws {
        let files = try SiteBuild.files(content: TestPaths.content).filter { $0.path.hasPrefix("data/fhir/") }
        #expect(files.count == 9, "four checklists of the low-back guideline and five neck-pain question lists")
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for file in files {
            let url = folder.appendingPathComponent(URL(fileURLWithPath: file.path).lastPathComponent)
            try Data(file.bytes).write(to: url)
            paths.append(url.path)
        }
        let valid = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.script] + paths, in: TestPaths.packageRoot)
        #expect(valid.status == 0, "\(valid.standardOutput)")

        let broken = folder.appendingPathComponent("odelagt.json")
        // The library checks structure, not code values: the control drops the required linkId.
        let text = try String(contentsOfFile: paths[0], encoding: .utf8).replacingOccurrences(of: "\"linkId\"", with: "\"lenkeId\"")
        try Data(text.utf8).write(to: broken)
        let control = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.script, broken.path], in: TestPaths.packageRoot)
        #expect(control.status == 1)
    }

    @Test func scoresTravelAsOrdinalValues() throws {
        let files = try SiteBuild.files(content: TestPaths.content)
        let json = try SiteBuild.page("data/fhir/rode-flagg.json", in: files)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(object["item"] as? [[String: Any]])
        #expect(items.count == 7 && items.allSatisfy { $0["type"] as? String == "choice" })
        let options = try #require(items[0]["answerOption"] as? [[String: Any]])
        let yes = try #require((options[0]["extension"] as? [[String: Any]])?.first)
        #expect(yes["url"] as? String == "http://hl7.org/fhir/StructureDefinition/ordinalValue")
        #expect(yes["valueDecimal"] as? Int == 1)
    }
}
