import ArgumentParser
import Foundation
import VeilederKit

struct ProvenanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provenance",
        abstract: "Måler hvor mye av hver transkribert oppførings tekst som finnes i kildespennet den oppgir.",
        discussion: """
            Leser kildene i --seeds, retter tegnrot fra uttrekket, fjerner linjeskift og orddeling, bruker \
            oppføringens «corrections» og teller hvor mange av oppføringens ordpar som finnes i spennet. \
            Sjekker også at hver «as-written»-frase står i spennet. Avslutter med kode 1 når en oppføring \
            ligger under kravet.

            Eksempel:
              $ veileder provenance --seeds ../shared/seeds
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Option(name: .long, help: ArgumentHelp("Mappen med kildedokumentene.", valueName: "mappe"))
    var seeds: String = "../shared/seeds"

    @Option(name: .long, help: ArgumentHelp("Hvor mange av de svakeste oppføringene som skrives ut.", valueName: "antall"))
    var weakest: Int = 10

    func run() throws {
        let seedsURL = URL(fileURLWithPath: seeds, isDirectory: true)
        guard FileManager.default.fileExists(atPath: seedsURL.path) else {
            throw ValidationError("Fant ikke kildemappen «\(seeds)».")
        }
        let check = try runReporting { try Pipeline.check(contentRoot: contentOptions.contentURL, today: nil) }
        let report = ProvenanceReport(scores: ProvenanceMeasure.measure(check.knowledgeBase, seeds: seedsURL))
        print(report.text(weakest: weakest), terminator: "")
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
