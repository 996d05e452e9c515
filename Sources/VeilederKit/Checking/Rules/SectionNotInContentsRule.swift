struct SectionNotInContentsRule: CheckRule {
    static let description = RuleDescription(
        id: "section-not-in-contents",
        summary: "Et kapittel- eller seksjonsnummer finnes ikke i retningslinjens innholdsfortegnelse.",
        rationale: "Seksjonen bestemmer hvor en anbefaling vises og hvilken tabell den står i; et nummer som ikke finnes, gir en anbefaling uten plass.",
        fixIt: "Bruk et nummer fra «contents» i guideline.yaml, skrevet i anførselstegn («section: \"7.1.1\"»).",
        failing: .recommendation(replacing: "section: \"7.1.1\"", with: "section: \"7.1.9\""),
        passing: .recommendation())

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        let kb = context.knowledgeBase
        var findings: [Diagnostic] = []
        let numbersByGuideline = Dictionary(uniqueKeysWithValues: kb.guidelines.map { ($0.id, Set($0.allContentsItems.compactMap(\.number))) })
        for entry in context.checked.entries {
            guard let id = entry.guideline, let guideline = kb.guideline(id), let numbers = numbersByGuideline[id] else { continue }
            func require(_ number: String, at location: @autoclosure () -> SourceLocation, what: String) {
                guard !numbers.contains(number) else { return }
                let close = Suggestion.closest(to: number, among: numbers.sorted()).map { " Mente du «\($0)»?" } ?? ""
                findings.append(finding(location(), "\(what) «\(number)» finnes ikke i innholdsfortegnelsen til «\(id)».",
                                        fixIt: "Bruk et nummer fra «contents» i \(guideline.file).\(close)"))
            }
            switch entry.content {
            case .recommendation(let recommendation):
                require(recommendation.section, at: entry.locations["section"], what: "Seksjonen")
            case .chapter(let chapter):
                if let number = chapter.number {
                    require(number, at: entry.locations["number"], what: "Kapittelet")
                } else if !guideline.contents.contains(where: { $0.number == nil && $0.title == chapter.title }) {
                    findings.append(finding(
                        entry.locations["title"],
                        "Kapittelet har verken nummer eller en tittel som står unummerert i innholdsfortegnelsen.",
                        fixIt: "Skriv «number: \"…\"», eller legg tittelen «\(chapter.title)» inn i «contents» uten nummer."))
                }
                for (index, section) in chapter.sections.enumerated() {
                    if let number = section.number {
                        require(number, at: entry.locations["sections.\(index).number"], what: "Seksjonen")
                    }
                }
                for (index, advice) in chapter.advice.enumerated() {
                    require(advice.section, at: entry.locations["advice.\(index).section"], what: "Seksjonen")
                }
            default:
                break
            }
            for placeholder in kb.scan(of: entry)?.placeholders ?? [] {
                if let table = placeholder.recommendationTable {
                    require(table.section, at: placeholder.location, what: "Tabellen for seksjon")
                }
            }
        }
        return findings
    }
}
