struct UnknownLinkRule: CheckRule {
    static let description = RuleDescription(
        id: "unknown-link",
        summary: "En lenke viser til en id eller et anker som ikke finnes, eller er ikke skrevet som «@id».",
        rationale: "En brutt lenke sender leseren til en tom side; interne lenker skrives «[tekst](@id)» så verktøyet kan sjekke dem.",
        fixIt: "Rett id-en eller ankeret, eller skriv lenken som «[tekst](@id)» eller «[tekst](@id#anker)».",
        failing: .recommendation(replacing: "forverring (321).", with: "forverring (321), se [isjias](@isjas)."),
        passing: RuleExample([
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.replacing(
                "forverring (321).", with: "forverring (321), se [isjias](@isjias).", in: ExampleEntries.recommendation),
            "korsrygg/definisjoner/isjias.md": ExampleEntries.definition,
        ]))

    static let scope = RuleScope.fileAndTargets

    static func check(_ context: CheckContext) -> [Diagnostic] {
        let kb = context.knowledgeBase
        var findings: [Diagnostic] = []
        for entry in context.checked.entries {
            for link in kb.scan(of: entry)?.links ?? [] {
                if let problem = problem(with: link.url, in: kb) {
                    findings.append(finding(link.location, problem.message, fixIt: problem.fixIt))
                }
            }
            for reference in entry.frontMatterReferences where !kb.hasEntry(reference.target) {
                findings.append(finding(
                    entry.locations[reference.keyPath], "«\(reference.key)» viser til «\(reference.target)», som ikke finnes.",
                    fixIt: suggestion(for: reference.target, in: kb)))
            }
        }
        return findings
    }

    static func problem(with url: String, in kb: KnowledgeBase) -> (message: String, fixIt: String)? {
        switch kb.resolve(url) {
        case .entry, .external:
            return nil
        case .unknownEntry(let id):
            return ("Lenken viser til «@\(id)», som ikke finnes.", suggestion(for: id, in: kb))
        case .unknownAnchor(let id, let anchor):
            let known = kb.anchors(of: id).sorted()
            return ("«\(id)» har ikke ankeret «#\(anchor)».",
                    known.isEmpty ? "«\(id)» har ingen ankere; lenk til «@\(id)»." : "Kjente ankere: \(known.joined(separator: ", ")).")
        case .unsupported(let text):
            return ("Lenken «\(text)» er verken en «@id» eller en nettadresse.",
                    "Skriv interne lenker som «[tekst](@id)» og eksterne som «[tekst](https://…)».")
        }
    }

    static func suggestion(for id: EntryID, in kb: KnowledgeBase) -> String {
        let ids = kb.entries.map(\.id.rawValue)
        if let close = Suggestion.closest(to: id.rawValue, among: ids) { return "Mente du «\(close)»?" }
        return "Sjekk stavemåten; id-en står i «id:» øverst i filen du vil lenke til."
    }
}
