import ArgumentParser
import Foundation
import VeilederKit

/// Options every command that reads the content shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Mappen med innholdet.", valueName: "mappe"))
    var content: String = "content"

    var contentURL: URL { URL(fileURLWithPath: content, isDirectory: true) }

    /// How content-relative paths are printed: as the user named the folder, so they can be clicked.
    var pathPrefix: String { content.hasSuffix("/") ? content : content + "/" }
}

/// `--today`, for rules that depend on the date.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Datoen som datoavhengige regler måler mot (ÅÅÅÅ-MM-DD). Standard: i dag.", valueName: "dato"))
    var today: String?

    func validate() throws {
        if let today, CalendarDate(today) == nil {
            throw ValidationError("«\(today)» er ikke en dato på formen ÅÅÅÅ-MM-DD.")
        }
    }

    var date: CalendarDate { today.flatMap(CalendarDate.init) ?? CalendarDate.today() }
}

extension DiagnosticFormat: ExpressibleByArgument {}
