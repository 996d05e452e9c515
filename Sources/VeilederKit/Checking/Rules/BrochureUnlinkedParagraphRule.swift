struct BrochureUnlinkedParagraphRule: CheckRule {
    static let description = RuleDescription(
        id: "brochure-unlinked-paragraph",
        summary: "Et avsnitt i brosjyren lenker ikke til anbefalingen eller kapittelet det bygger på.",
        rationale: "Brosjyren er en ny tekst; hver påstand må kunne spores til retningslinjen. Praktisk informasjon (113, legevakt) er unntatt.",
        fixIt: "Lenk til det avsnittet bygger på, for eksempel «[sengeleie](@sengeleie-akutt)».",
        failing: RuleExample(["korsrygg/brosjyre/hjelp.md": ExampleEntries.brochure.replacingOccurrences(of: "[anbefalingen](@sengeleie-akutt)", with: "anbefalingen")]),
        passing: RuleExample([
            "korsrygg/brosjyre/hjelp.md": ExampleEntries.brochure,
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.recommendation,
        ]))

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.entries.filter { $0.kind == .brochure }.flatMap { entry in
            (context.knowledgeBase.scan(of: entry)?.paragraphs(of: entry.body) ?? []).filter { !$0.hasLink }.map {
                finding($0.location, "Avsnittet «\($0.text.prefix(50))…» har ingen lenke til det det bygger på.")
            }
        }
    }
}
