import ArgumentParser
import Foundation
import VeilederKit

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Skriver JSON Schema for hver type oppføring, for YAML-utvidelsen i VS Code.",
        discussion: """
            Skjemaene lages fra modellen. «build» legger de samme skjemaene i site/data/schema/.

            Eksempel:
              $ veileder schema --output .vscode/veileder-schema
            """
    )

    @Option(name: .long, help: ArgumentHelp("Mappen skjemaene skrives til.", valueName: "mappe"))
    var output: String

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for schema in JSONSchemaGenerator.schemas() {
            try Data(schema.text.utf8).write(to: folder.appendingPathComponent(schema.name))
        }
        print("Skrev \(JSONSchemaGenerator.schemas().count) skjemaer til \(output).")
    }
}
