struct InheritedStrengthRule: CheckRule {
    static let description = RuleDescription(
        id: "inherited-strength",
        summary: "En arvet styrke («basis: arvet») mangler «from», eller «from» viser ikke til en anbefaling i samme seksjon som selv oppgir styrken.",
        rationale: "Når kilden skriver «Samme styrke gjelder for alle de fem anbefalingene nedenfor», må det gå an å se hvilken anbefaling styrken står ved.",
        fixIt: "Skriv «from: <id>» under «strength» med id-en til anbefalingen i samme seksjon der styrken står.",
        failing: .recommendation(replacing: "basis: oppgitt", with: "basis: arvet"),
        passing: RuleExample([
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.recommendation,
            "korsrygg/anbefalinger/sengeleie-arvet.md": ExampleEntries.replacing(
                "basis: oppgitt", with: "basis: arvet\n  from: sengeleie-akutt",
                in: ExampleEntries.replacing("id: sengeleie-akutt", with: "id: sengeleie-arvet", in: ExampleEntries.recommendation)),
        ]))

    static func check(_ context: CheckContext) -> [Diagnostic] {
        let kb = context.knowledgeBase
        return kb.recommendations.compactMap { entry, recommendation in
            let strength = recommendation.strength
            guard strength.basis == .arvet else {
                return strength.from == nil ? nil : finding(
                    entry.locations["strength.from"], "«from» gjelder bare arvet styrke, men «basis» er «\(strength.basis.rawValue)».",
                    fixIt: "Fjern «from», eller skriv «basis: arvet».")
            }
            guard let from = strength.from else {
                return finding(entry.locations["strength.basis"], "Arvet styrke uten «from».")
            }
            guard let source = kb.entry(from)?.content.recommendation else { return nil }
            if source.guideline != recommendation.guideline || source.section != recommendation.section {
                return finding(entry.locations["strength.from"], "«\(from)» står i seksjon \(source.section), ikke i \(recommendation.section).")
            }
            if source.strength.basis != .oppgitt {
                return finding(entry.locations["strength.from"], "«\(from)» oppgir ikke selv styrken (basis: \(source.strength.basis.rawValue)).",
                               fixIt: "Vis til anbefalingen der styrken faktisk står.")
            }
            if source.strength.grades != strength.grades {
                return finding(
                    entry.locations["strength.grades"],
                    "Arvet styrke [\(strength.grades.map(\.rawValue).joined(separator: ", "))] er ikke lik styrken i «\(from)» [\(source.strength.grades.map(\.rawValue).joined(separator: ", "))].",
                    fixIt: "Skriv de samme gradene som i «\(from)».")
            }
            return nil
        }
    }
}
