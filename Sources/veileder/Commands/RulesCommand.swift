import ArgumentParser
import Foundation
import VeilederKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Lister reglene som «check» bruker, eller viser én regel med eksempler.",
        discussion: """
            Uten argument skrives én linje per regel: id, alvorlighet og hva som utløser den. Med en regel-id \
            skrives beskrivelsen og et eksempel som utløser regelen og et som ikke gjør det.

            Eksempel:
              $ veileder rules mojibake
            """
    )

    @Argument(help: ArgumentHelp("Id-en til regelen som skal vises.", valueName: "regel"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("Skriv regelens eksempel (failing eller passing) som en innholdsmappe hit.", valueName: "mappe"))
    var writeExample: String?

    @Flag(name: .long, help: "Skriv eksemplet som ikke utløser regelen (med --write-example).")
    var passing = false

    func run() throws {
        guard let id else {
            for rule in RuleCatalog.all {
                print("\(rule.id) (\(rule.severity.rawValue)): \(rule.summary)")
            }
            return
        }
        guard let rule = RuleCatalog.rule(id: id) else {
            throw ValidationError("Ukjent regel «\(id)». Se «veileder rules» for alle regler.")
        }
        if let folder = writeExample {
            let example = passing ? rule.passing : rule.failing
            for (path, bytes) in example.contentTree {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            return
        }
        print("\(rule.id) (\(rule.severity.rawValue))")
        print("Utløses av: \(rule.summary)")
        print("Hvorfor: \(rule.rationale)")
        print("Slik retter du det: \(rule.fixIt)")
        printExample("Eksempel som utløser regelen", rule.failing)
        printExample("Eksempel som ikke utløser regelen", rule.passing)
    }

    /// Prints the files of an example that differ from the shared base files.
    private func printExample(_ heading: String, _ example: RuleExample) {
        print("\n\(heading):")
        for path in example.files.keys.sorted() {
            let text = String(decoding: example.files[path]!, as: UTF8.self)
            let shown = text.count > 1_500 ? String(text.prefix(1_500)) + "… (\(text.count - 1_500) tegn til)\n" : text
            print("--- content/\(path)")
            print(shown, terminator: shown.hasSuffix("\n") ? "" : "\n")
        }
    }
}
