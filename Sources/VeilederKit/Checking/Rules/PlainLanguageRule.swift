struct PlainLanguageRule: CheckRule {
    static let limit = 40.0

    static let description = RuleDescription(
        id: "plain-language",
        summary: "En del av pasientbrosjyren har LIX over 40.",
        rationale: "Brosjyren skal kunne leses av alle; LIX over 40 betyr lange setninger og mange lange ord.",
        fixIt: "Del lange setninger og bytt lange ord med kortere hverdagsord; forklar fagord første gang de brukes.",
        failing: RuleExample([
            "korsrygg/brosjyre/hjelp.md": ExampleEntries.brochure.replacingOccurrences(
                of: "Ligg ikke til sengs.",
                with: "Langvarig sengeleie anbefales ikke som behandlingsstrategi ved akutte uspesifikke korsryggsmerter, fordi dokumentasjonen viser forverring."),
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.recommendation,
        ]),
        passing: BrochureUnlinkedParagraphRule.description.passing)

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.entries.filter { $0.kind == .brochure }.compactMap { entry in
            let lix = LIX(markdown: entry.body.text)
            guard lix.value > limit else { return nil }
            return finding(SourceLocation(file: entry.file, line: entry.body.firstLine),
                           "LIX er \(lix.formatted) (\(lix.words) ord, \(lix.sentences) setninger, \(lix.longWords) lange ord); grensen er 40.")
        }
    }
}
