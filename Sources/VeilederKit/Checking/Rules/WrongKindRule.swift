struct WrongKindRule: CheckRule {
    static let description = RuleDescription(
        id: "wrong-kind",
        summary: "En nøkkel som krever en bestemt type oppføring viser til en annen type.",
        rationale: "«see» skal vise til definisjoner, «from» og «documentation-from» til anbefalinger; ellers blir visningen meningsløs.",
        fixIt: "Vis til en oppføring av riktig type.",
        failing: RuleExample([
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.recommendation,
            "korsrygg/definisjoner/isjias.md": ExampleEntries.replacing("see: []", with: "see: [sengeleie-akutt]", in: ExampleEntries.definition),
        ]),
        passing: RuleExample([
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.recommendation,
            "korsrygg/definisjoner/isjias.md": ExampleEntries.definition,
        ]))

    static let scope = RuleScope.fileAndTargets

    static func check(_ context: CheckContext) -> [Diagnostic] {
        let kb = context.knowledgeBase
        return context.checked.entries.flatMap { entry in
            entry.frontMatterReferences.compactMap { reference -> Diagnostic? in
                guard let kind = kb.kind(of: reference.target), kind != reference.requiredKind else { return nil }
                return finding(
                    entry.locations[reference.keyPath],
                    "«\(reference.key)» skal vise til en \(reference.requiredKind.label), men «\(reference.target)» er en \(kind.label).")
            }
        }
    }
}
