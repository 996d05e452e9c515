struct MarkdownTableRule: CheckRule {
    static let description = RuleDescription(
        id: "markdown-table",
        summary: "Teksten inneholder en Markdown-tabell med «|».",
        rationale: "libcmark kjenner ikke tabeller og ville skrevet ut strekene som tekst; tabeller hører hjemme i front matter.",
        fixIt: "Flytt tabellen til «tables:» i front matter (caption, columns, rows), eller skriv den som en liste.",
        failing: .recommendation(replacing: "## Dokumentasjon\n", with: "| Tiltak | Nivå |\n|---|---|\n| Sengeleie | ikke oppgitt |\n\n## Dokumentasjon\n"),
        passing: .recommendation())

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.entries.flatMap { entry in
            (context.knowledgeBase.scan(of: entry)?.pipeTables ?? []).map {
                finding($0, "Markdown-tabeller blir skrevet ut som tekst med streker.")
            }
        }
    }
}
