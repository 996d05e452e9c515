struct UnusedDefinitionRule: CheckRule {
    static let description = RuleDescription(
        id: "unused-definition",
        severity: .warning,
        summary: "En definisjon som redaksjonen har lagt til (uten «source»), blir aldri lenket til eller nevnt.",
        rationale: "En definisjon ingen tekst bruker, er til ingen hjelp for leseren; definisjoner fra kildens ordliste er unntatt.",
        fixIt: "Lenk til definisjonen der begrepet brukes, legg til formene teksten bruker i «forms», eller fjern den.",
        failing: RuleExample(["korsrygg/definisjoner/isjias.md": ExampleEntries.replacing(
            "source: {document: 002_a4bd0556ff58bc19.txt, lines: [\"900-902\"]}\n", with: "", in: ExampleEntries.definition)]),
        passing: RuleExample([
            "korsrygg/definisjoner/isjias.md": ExampleEntries.replacing(
                "source: {document: 002_a4bd0556ff58bc19.txt, lines: [\"900-902\"]}\n", with: "", in: ExampleEntries.definition),
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.replacing(
                "initialt.", with: "initialt, også ved isjias.", in: ExampleEntries.recommendation),
        ]))

    static func check(_ context: CheckContext) -> [Diagnostic] {
        let kb = context.knowledgeBase
        let candidates = kb.entries.filter { $0.kind == .definition && $0.provenance == nil && (kb.backlinks[$0.id] ?? []).isEmpty }
        guard !candidates.isEmpty else { return [] }
        return candidates.compactMap { entry in
            guard (kb.mentions[entry.id] ?? []).isEmpty else { return nil }
            return finding(entry.locations.origin, "Definisjonen «\(entry.displayTitle)» blir ikke brukt noe sted.")
        }
    }
}
