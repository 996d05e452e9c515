import ArgumentParser
import Foundation
import VeilederKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Lager en ny oppføring med alle påkrevde nøkler og en forklaring til hver.",
        discussion: """
            Filen legges i content/<retningslinje>/<mappe>/<id>.md (artikler i content/artikler/). Nekter \
            hvis id-en finnes eller ikke er en trygg id (små bokstaver a–z, tall og bindestrek).

            Eksempel:
              $ veileder new recommendation massasje-akutt --guideline korsrygg
              Laget content/korsrygg/anbefalinger/massasje-akutt.md
            """
    )

    @Argument(help: ArgumentHelp("Typen oppføring: recommendation, definition, category, questionnaire, brochure, chapter eller article.", valueName: "type"))
    var kind: EntryKind

    @Argument(help: ArgumentHelp("Id-en til den nye oppføringen.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Retningslinjen oppføringen hører til.", valueName: "kortnavn"))
    var guideline: String = "korsrygg"

    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        guard EntryID.isSafeSlug(id) else {
            standardError("veileder: «\(id)» er ikke en trygg id. Bruk små bokstaver a–z, tall og bindestrek, for eksempel «\(HeadingAnchors.slug(id))».")
            throw ExitCode(1)
        }
        let report = try runReporting { try Pipeline.check(contentRoot: contentOptions.contentURL, today: nil) }
        guard !report.knowledgeBase.hasEntry(EntryID(id)) else {
            standardError("veileder: id-en «\(id)» finnes allerede.")
            throw ExitCode(1)
        }
        let target = report.knowledgeBase.guideline(guideline)
        if target == nil && kind != .article {
            standardError("veileder: retningslinjen «\(guideline)» finnes ikke i \(contentOptions.content).")
            throw ExitCode(1)
        }
        let folder = kind == .article ? "artikler" : "\(guideline)/\(SitePaths.folder(of: kind))"
        let url = contentOptions.contentURL.appendingPathComponent(folder).appendingPathComponent("\(id).md")
        guard !FileManager.default.fileExists(atPath: url.path) else {
            standardError("veileder: filen \(url.path) finnes allerede.")
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(EntryScaffold.text(kind: kind, id: id, guideline: target).utf8).write(to: url)
        print("Laget \(contentOptions.pathPrefix)\(folder)/\(id).md")
    }
}

extension EntryKind: ExpressibleByArgument {}
