import ArgumentParser

@main
struct Veileder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "veileder",
        abstract: "Sjekker og bygger kunnskapsbasen for retningslinjene om korsrygg- og nakkesmerter.",
        discussion: """
            Innholdet ligger som Markdown-filer med YAML-front matter i content/.

            Eksempel:
              veileder check
            """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, CheckCommand.self, WatchCommand.self, NewCommand.self, ReviewCommand.self, PDFCommand.self, LixCommand.self, ProvenanceCommand.self, RulesCommand.self, SchemaCommand.self, DocsCommand.self]
    )
}
