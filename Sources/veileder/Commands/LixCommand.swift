import ArgumentParser
import Foundation
import VeilederKit

struct LixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lix",
        abstract: "Skriver ut lesbarheten (LIX) for hver del av pasientbrosjyren.",
        discussion: """
            LIX er ord per setning pluss prosentandelen ord med mer enn seks bokstaver. «check» gir feil \
            over 40. Tallene regnes på samme måte som i «check».

            Eksempel:
              $ veileder lix
              31,3  hvorfor-vondt-i-ryggen  (444 ord, 46 setninger)
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        let report = try runReporting { try Pipeline.check(contentRoot: contentOptions.contentURL, today: nil) }
        let sections = report.knowledgeBase.entries.compactMap { entry in entry.content.brochure.map { (entry, $0) } }
            .sorted { $0.1.order < $1.1.order }
        for (entry, _) in sections {
            let lix = LIX(markdown: entry.body.text)
            print("\(lix.formatted)  \(entry.id)  (\(lix.words) ord, \(lix.sentences) setninger)")
        }
        if sections.isEmpty { print("Ingen brosjyredeler i \(contentOptions.content).") }
    }
}
