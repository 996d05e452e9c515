enum YAMLAliasRule {
    static let description = RuleDescription(
        id: "yaml-alias", stage: .loading,
        summary: "Front matter bruker YAML-alias eller -anker, ofte fordi stjerner (***) er skrevet rett inn.",
        rationale: "I YAML betyr «*» et alias; «level: ***» blir ikke tre stjerner, men en feil eller en annen verdi.",
        fixIt: "Skriv evidensnivået med ord: meget-god (***), god (**) eller manglende (*).",
        failing: .recommendation(replacing: "level: ikke-oppgitt", with: "level: ***"),
        passing: .recommendation())
}
