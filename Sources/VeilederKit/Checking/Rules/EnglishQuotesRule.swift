struct EnglishQuotesRule: CheckRule {
    static let description = RuleDescription(
        id: "english-quotes",
        summary: "Brødteksten bruker engelske anførselstegn (\" eller “ ”) der norsk bruker «».",
        rationale: "Norsk typografi bruker sjevroner; blandede anførselstegn ser uryddige ut og gjør søk ujevnt.",
        fixIt: "Bytt til «» (og ‹› inne i et sitat).",
        failing: .recommendation(replacing: "som terapi, men", with: "som \"terapi\", men"),
        passing: .recommendation())

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.entries.flatMap { entry in
            (context.knowledgeBase.scan(of: entry)?.englishQuotes ?? []).map {
                finding($0.location, "Engelsk anførselstegn «\($0.mark)» i teksten.")
            }
        }
    }
}
