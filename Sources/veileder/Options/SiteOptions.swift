import ArgumentParser
import Foundation

/// Where the templates are read from and the site is written to: shared by `build` and `watch`.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Mappen med malene og stilarket.", valueName: "mappe"))
    var templates: String = "templates"

    @Option(name: .long, help: ArgumentHelp("Mappen nettstedet skrives til.", valueName: "mappe"))
    var output: String = "site"

    var templatesURL: URL { URL(fileURLWithPath: templates, isDirectory: true) }
    var outputURL: URL { URL(fileURLWithPath: output, isDirectory: true) }
}
