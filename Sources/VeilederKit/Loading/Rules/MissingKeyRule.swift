enum MissingKeyRule {
    static let description = RuleDescription(
        id: "missing-key", stage: .loading,
        summary: "En påkrevd nøkkel mangler eller har ingen verdi.",
        rationale: "Alle nøkler skrives ut, også når kilden ikke gir verdien («ikke-oppgitt»), så en glemt nøkkel alltid synes.",
        fixIt: "Legg til nøkkelen med verdien fra kilden, eller «ikke-oppgitt» der kilden ikke gir den.",
        failing: .recommendation(replacing: "diagnosis: uspesifikke\n", with: ""),
        passing: .recommendation())
}
