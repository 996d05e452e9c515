import ArgumentParser
import Dispatch
import Foundation
import VeilederKit

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Bygger site/ på nytt hver gang noe i content/ eller templates/ endres.",
        discussion: """
            Bygger først alt, og følger så med på mappene. Etter en endring sjekkes hele innholdet, og bare \
            sidene endringen kan påvirke, lages på nytt; hver endret fil skrives ved siden av og flyttes på \
            plass, så en leser aldri ser en halvskrevet side. Finnes det feil, skrives de ut og site/ blir \
            stående som den var til feilen er rettet. Stopp med Ctrl-C.

            Eksempel:
              $ veileder watch
              Første bygging: 218 filer skrevet, 0 fjernet (290 ms)
              Følger med på content/ og templates/ (Ctrl-C stopper).
              10:42:07 korsrygg/skjema/rode-flagg.md: 5 filer skrevet, 0 fjernet (70 ms)
            """
    )

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var todayOption: TodayOption

    @OptionGroup var siteOptions: SiteOptions

    @Flag(name: .long, help: "Gjør advarsler til feil.")
    var strict = false

    @Flag(name: .long, help: "Skriv ut hvor lang tid hvert steg tok, og hvor mange jobber som ble kjørt.")
    var timings = false

    func run() throws {
        Self.allowStopSignals()
        let contentURL = contentOptions.contentURL.standardizedFileURL
        let templatesURL = siteOptions.templatesURL.standardizedFileURL
        let outputURL = siteOptions.outputURL
        let build = try runReporting {
            try IncrementalBuild(contentRoot: contentURL, templates: templatesURL, today: todayOption.date, strict: strict)
        }
        let monitor = try runReporting { try ChangeMonitor(folders: [contentURL, templatesURL]) }

        var published = false
        func rebuild(_ label: String, _ work: () throws -> IncrementalBuild.Update) {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                let update = try work()
                guard report(update) else {
                    print("\(label): \(siteOptions.output)/ er urørt til feilene er rettet.")
                    fflush(nil)
                    return
                }
                let publishStart = DispatchTime.now().uptimeNanoseconds
                if published {
                    try SiteUpdater.apply(changed: update.changed, removed: update.removed, to: outputURL)
                } else {
                    try SitePublisher.publish(update.site.values.sorted { $0.path < $1.path }, to: outputURL)
                    published = true
                }
                let end = DispatchTime.now().uptimeNanoseconds
                var stages = update.timings
                stages.add(.publish, Double(end - publishStart) / 1e9)
                let milliseconds = Int((Double(end - start) / 1e6).rounded())
                print("\(label): \(update.changed.count) filer skrevet, \(update.removed.count) fjernet (\(milliseconds) ms)")
                if timings { print("  Tid: \(stages.summary) · \(update.renderedJobs) jobber") }
            } catch {
                print("\(label): \(error)")
            }
            fflush(nil)
        }

        rebuild("Første bygging") { try build.update() }
        print("Følger med på \(contentOptions.pathPrefix) og \(siteOptions.templates)/ (Ctrl-C stopper).")
        fflush(nil)
        while true {
            let changes = monitor.next()
            let contentPrefix = contentURL.path + "/"
            let contentFiles = Set(changes.files.filter { $0.hasPrefix(contentPrefix) }.map { String($0.dropFirst(contentPrefix.count)) })
            let templatesChanged = changes.files.contains { $0.hasPrefix(templatesURL.path + "/") }
            let relevant = changes.folders || templatesChanged || contentFiles.contains(where: ContentLoader.isContentFile)
            guard relevant else { continue }
            let named = contentFiles.filter(ContentLoader.isContentFile).sorted()
            let label = Self.clock() + " " + (named.first.map { named.count > 1 ? "\($0) m.fl." : $0 } ?? (templatesChanged ? "\(siteOptions.templates)/" : contentOptions.pathPrefix))
            rebuild(label) { try build.update(contentFiles: contentFiles, templatesChanged: templatesChanged, rescan: changes.folders) }
        }
    }

    /// Prints the findings; true when the update can be published.
    private func report(_ update: IncrementalBuild.Update) -> Bool {
        let findings = update.report.findings(strict: strict)
        let shown = update.succeeded || !update.brokenLinks.isEmpty ? findings.filter { $0.severity == .warning } : findings
        if !shown.isEmpty {
            print(DiagnosticFormat.text.render(shown, pathPrefix: contentOptions.pathPrefix, fileCount: update.report.fileCount),
                  terminator: "")
        }
        for link in update.brokenLinks { print("Brutt lenke: \(link)") }
        return update.succeeded
    }

    /// A parent may have blocked SIGINT and SIGTERM (test runners and some shells do, and a child
    /// inherits the mask); a watcher that cannot be stopped would outlive its terminal.
    private static func allowStopSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}
