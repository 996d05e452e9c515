struct CitationRangeRule: CheckRule {
    static let range = 1...353

    static let description = RuleDescription(
        id: "citation-range",
        summary: "Et sitatnummer i «citations» er ikke et tall eller et spenn mellom 1 og 353.",
        rationale: "Retningslinjens referanseliste har 353 numre; et nummer utenfor er en skrivefeil eller tegnrot fra uttrekket.",
        fixIt: "Skriv numrene slik kilden trykker dem, for eksempel [\"104-106\", \"162\"].",
        failing: .recommendation(replacing: "citations: [\"321\", \"119\"]", with: "citations: [\"321\", \"1190\"]"),
        passing: .recommendation())

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.recommendations.flatMap { entry, recommendation in
            recommendation.citations.enumerated().compactMap { index, citation -> Diagnostic? in
                let parts = citation.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map(number)
                let valid = (1...2).contains(parts.count) && parts.allSatisfy { $0.map(range.contains) ?? false }
                    && (parts.count == 1 || parts[0]! < parts[1]!)
                return valid ? nil : finding(entry.locations["citations.\(index)"], "Sitatnummeret «\(citation)» ligger ikke mellom 1 og 353.")
            }
        }
    }

    /// The number a part spells, spaces around it allowed. Read on bytes: this runs for every
    /// citation of every recommendation after every save in `veileder watch`.
    private static func number(_ part: Substring.UTF8View) -> Int? {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = part.firstIndex(where: { !isBlank($0) }), let last = part.lastIndex(where: { !isBlank($0) }) else { return nil }
        return Int(Substring(part[first...last]))
    }
}
