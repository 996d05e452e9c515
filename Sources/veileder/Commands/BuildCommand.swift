import ArgumentParser
import Dispatch
import Foundation
import VeilederKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Bygger nettstedet i site/ fra content/ og templates/.",
        discussion: """
            Sjekker innholdet først; finnes det feil, skrives de ut og site/ blir ikke rørt. Sidene lages i en \
            skjult mappe ved siden av site/ og erstatter den først når alt er skrevet. Med --check skrives \
            ingenting: byggingen sammenlignes med site/, og filer som avviker, listes.

            Eksempel:
              $ veileder build
              Bygget 214 sider.
            """
    )

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var todayOption: TodayOption

    @OptionGroup var siteOptions: SiteOptions

    @Flag(name: .long, help: "Skriv ingenting; avslutt med kode 1 hvis site/ avviker fra en ny bygging.")
    var check = false

    @Flag(name: .long, help: "Gjør advarsler til feil.")
    var strict = false

    @Flag(name: .long, help: "Skriv ut hvor lang tid hvert steg tok.")
    var timings = false

    func run() throws {
        let outputURL = siteOptions.outputURL
        // Pages are written beside site/ as they are rendered; site/ is replaced only if all went well.
        let staging = check ? nil : try runReporting { try SiteStaging(replacing: outputURL) }
        var result: BuildResult
        do {
            result = try runReporting {
                try Pipeline.build(
                    contentRoot: contentOptions.contentURL, templates: siteOptions.templatesURL,
                    today: todayOption.date, strict: strict, writingTo: staging)
            }
        } catch {
            staging?.discard()
            throw error
        }
        if !result.succeeded { staging?.discard() }
        let findings = result.report.findings(strict: strict)
        guard !result.files.isEmpty else {
            print(DiagnosticFormat.text.render(findings, pathPrefix: contentOptions.pathPrefix, fileCount: result.report.fileCount),
                  terminator: "")
            print("Nettstedet ble ikke bygget, og \(siteOptions.output)/ er urørt.")
            throw ExitCode(1)
        }
        guard result.brokenLinks.isEmpty else {
            for link in result.brokenLinks { print("Brutt lenke: \(link)") }
            print("\(result.brokenLinks.count) brutte lenker. Nettstedet ble ikke bygget, og \(siteOptions.output)/ er urørt.")
            throw ExitCode(1)
        }
        if check {
            let differences = SitePublisher.differences(result.files, comparedWith: outputURL)
            guard differences.isEmpty else {
                print("\(siteOptions.output)/ er ikke lik en ny bygging:")
                for line in differences { print("  \(line)") }
                print("Kjør «veileder build» og legg inn endringene.")
                throw ExitCode(1)
            }
            print("\(siteOptions.output)/ er lik en ny bygging (\(result.files.count) filer).")
            end(0, keeping: result)
        }
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            try runReporting { try staging?.commit() }
        } catch {
            staging?.discard()
            throw error
        }
        result.recordPublishing(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        let warnings = findings.filter { $0.severity == .warning }
        if !warnings.isEmpty {
            print(DiagnosticFormat.text.render(warnings, pathPrefix: contentOptions.pathPrefix, fileCount: result.report.fileCount),
                  terminator: "")
        }
        print("Bygget \(result.pageCount) sider.")
        if timings { standardError("Tid: \(result.timings.summary)") }
        end(0, keeping: result)
    }
}
