import ArgumentParser
import Foundation
import VeilederKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Sjekker alle oppføringer i content/ og skriver ut hver feil med fil, linje og kolonne.",
        discussion: """
            Hver feil står på formen «fil:linje:kolonne: error [regel] melding», med en setning om hvordan \
            den rettes, og til slutt en oppsummering. Avslutter med kode 1 når det finnes feil.

            Eksempel:
              $ veileder check --today 2026-11-21
              content/korsrygg/anbefalinger/sengeleie.md:10:12: error [bad-value] …
                  Slik retter du det: Mente du «mot»? Tillatte verdier: …
              1 feil i 214 filer.
            """
    )

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var todayOption: TodayOption

    @Option(name: .long, help: ArgumentHelp("Utdataformat: text, json eller github.", valueName: "format"))
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Gjør advarsler til feil.")
    var strict = false

    @Flag(name: .long, help: "Skriv ut hvor lang tid hvert steg tok.")
    var timings = false

    func run() throws {
        let today = todayOption.date
        let report = try runReporting { try Pipeline.check(contentRoot: contentOptions.contentURL, today: today) }
        let findings = report.findings(strict: strict)
        print(format.render(findings, pathPrefix: contentOptions.pathPrefix, fileCount: report.fileCount), terminator: "")
        if timings { standardError("Tid: \(report.timings.summary)") }
        end(findings.contains(where: { $0.severity == .error }) ? 1 : 0, keeping: report)
    }
}
