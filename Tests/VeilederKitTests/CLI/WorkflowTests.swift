import Foundation
import Testing
import Yams

/// The content workflow's own commands, run exactly as written in docs/ci/veileder-check.yml, with
/// this build of `veileder` on the PATH, in a copy of the repository's content.
@Suite struct WorkflowTests {
    static let workflow = TestPaths.packageRoot.appendingPathComponent("docs/ci/veileder-check.yml")

    func steps() throws -> [(name: String, run: String)] {
        let text = try String(contentsOf: Self.workflow, encoding: .utf8)
        let root = try #require(try Yams.load(yaml: text) as? [String: Any])
        let jobs = try #require(root["jobs"] as? [String: Any])
        let job = try #require(jobs["innhold"] as? [String: Any])
        let steps = try #require(job["steps"] as? [[String: Any]])
        return steps.compactMap { step in
            guard let name = step["name"] as? String, let run = step["run"] as? String, name == "Sjekk innholdet" || name == "Bygg nettstedet" else { return nil }
            return (name, run)
        }
    }

    @Test func theWorkflowsCheckAndBuildStepsPassOnTheContent() throws {
        let commands = try steps()
        #expect(commands.map(\.name) == ["Sjekk innholdet", "Bygg nettstedet"])
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for item in ["content", "templates", ".ci"] {
            try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        let tools = folder.appendingPathComponent("verktoy")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: tools.appendingPathComponent("veileder"), withDestinationURL: TestPaths.executable)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = tools.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        for (name, run) in commands {
            let result = try ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-eo", "pipefail", "-c", run], in: folder, environment: environment)
            #expect(result.status == 0, "\(name): \(result.standardOutput.suffix(1500))")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("nettsted/index.html").path))
    }

    @Test func theCheckStepAnnotatesPullRequests() throws {
        let check = try #require(try steps().first { $0.name == "Sjekk innholdet" })
        #expect(check.run.contains("--format github") && check.run.contains("--strict"))
    }
}
