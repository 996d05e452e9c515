import ArgumentParser
import Foundation
import VeilederKit

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Lager redaktørveiledningens nøkkeloversikt og én side per regel fra modellen og reglene.",
        discussion: """
            Skriver nokler.md og regler/<regel>.md. En test feiler når de innsjekkede sidene er utdaterte.

            Eksempel:
              $ veileder docs --output docs/redaktor
            """
    )

    @Option(name: .long, help: ArgumentHelp("Mappen for redaktørveiledningen.", valueName: "mappe"))
    var output: String = "docs/redaktor"

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let pages = [(KeyReference.path, KeyReference.markdown())] + RulePages.pages()
        for (path, text) in pages {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        print("Skrev \(pages.count) sider til \(output).")
    }
}
