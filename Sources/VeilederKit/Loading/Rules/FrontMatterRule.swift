enum FrontMatterRule {
    static let description = RuleDescription(
        id: "front-matter", stage: .loading,
        summary: "Filen begynner ikke med «---», eller front matter blir aldri lukket med en ny «---».",
        rationale: "Uten begge skillelinjene vet ikke verktøyet hvor nøklene slutter og teksten begynner.",
        fixIt: "Start filen med «---», skriv nøklene, og avslutt dem med en linje som bare inneholder «---».",
        failing: .recommendation(replacing: "---\nSengeleie", with: "Sengeleie"),
        passing: .recommendation())
}
