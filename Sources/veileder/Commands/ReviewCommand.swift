import ArgumentParser
import Foundation
import VeilederKit

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Lister arbeidet til neste redaksjonsmøte: forfalte gjennomganger, åpne merknader og annet som venter.",
        discussion: """
            Tar med oppføringer som skal leses mot kilden igjen (etter --today), åpne merknader med anker, \
            usikker kobling av nivå, brosjyredeler som er utkast, og anbefalinger med uklar retning. \
            Avslutter alltid med kode 0.

            Eksempel:
              $ veileder review --today 2026-11-22
              Åpne merknader (119)
                content/korsrygg/anbefalinger/bevegelighet.md:23  bevegelighet [*]: Fire stjerner …
            """
    )

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var todayOption: TodayOption

    @Option(name: .long, help: ArgumentHelp("Utdataformat: text eller json.", valueName: "format"))
    var format: ReviewFormat = .text

    enum ReviewFormat: String, ExpressibleByArgument { case text, json }

    func run() throws {
        let report = try runReporting { try Pipeline.check(contentRoot: contentOptions.contentURL, today: todayOption.date) }
        let list = ReviewList(report: report, today: todayOption.date)
        switch format {
        case .text:
            print(list.text(pathPrefix: contentOptions.pathPrefix), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(list), as: UTF8.self))
        }
    }
}
