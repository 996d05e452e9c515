import ArgumentParser
import Foundation
import VeilederKit

struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Skriver pasientbrosjyren som et A5-hefte i PDF med headless Chromium.",
        discussion: """
            Hvert spørsmål begynner på en ny side. Antall sider rundes opp til et multiplum av fire med sider \
            for notater og kontakter, så heftet kan brettes av A4. PDF-en skrives til dist/, som ikke sjekkes \
            inn. Avslutter med kode 69 når Chromium mangler.

            Eksempel:
              $ veileder pdf
              Skrev dist/verdt-a-vite-om-vond-rygg.pdf (16 sider, A5).
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Option(name: .long, help: ArgumentHelp("Mappen med malene.", valueName: "mappe"))
    var templates: String = "templates"

    @Option(name: .long, help: ArgumentHelp("Filen PDF-en skrives til.", valueName: "fil"))
    var output: String = "dist/verdt-a-vite-om-vond-rygg.pdf"

    @Option(name: .long, help: ArgumentHelp("Chromium-programmet som skal brukes.", valueName: "program"))
    var chromium: String?

    func run() throws {
        guard let browser = PDFPrinter.chromium(named: chromium ?? ProcessInfo.processInfo.environment["VEILEDER_CHROMIUM"]) else {
            standardError("veileder: fant ikke Chromium. Installer Debians «chromium», eller oppgi programmet med --chromium.")
            throw ExitCode(69)
        }
        let templatesURL = URL(fileURLWithPath: templates, isDirectory: true)
        let report = try runReporting { try Pipeline.check(contentRoot: contentOptions.contentURL, today: nil) }
        guard !report.diagnostics.contains(where: { $0.severity == .error }) else {
            print(DiagnosticFormat.text.render(report.diagnostics, pathPrefix: contentOptions.pathPrefix, fileCount: report.fileCount), terminator: "")
            throw ExitCode(1)
        }
        let set = try runReporting { try TemplateSet.load(from: templatesURL) }
        let css = try String(contentsOf: templatesURL.appendingPathComponent("assets/brosjyre-utskrift.css"), encoding: .utf8)
        let print = BrochurePrint(knowledgeBase: report.knowledgeBase, templates: set, stylesheet: css)
        guard print.isAvailable else {
            standardError("veileder: brosjyren har ingen deler ennå.")
            throw ExitCode(1)
        }
        let pdf = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: pdf.deletingLastPathComponent(), withIntermediateDirectories: true)
        let name = pdf.deletingPathExtension().lastPathComponent + ".html"
        // Print once to learn the page count, then again with note pages up to a multiple of four.
        try runReporting { try PDFPrinter.print(html: print.html(notePages: 0), named: name, to: pdf, chromium: browser) }
        var pages = try runReporting { try PDFPrinter.pageCount(of: pdf) }
        if pages % 4 != 0 {
            try runReporting { try PDFPrinter.print(html: print.html(notePages: 4 - pages % 4), named: name, to: pdf, chromium: browser) }
            pages = try runReporting { try PDFPrinter.pageCount(of: pdf) }
        }
        Swift.print("Skrev \(output) (\(pages) sider, A5).")
    }
}
