struct RawHTMLRule: CheckRule {
    static let description = RuleDescription(
        id: "raw-html",
        summary: "Teksten inneholder rå HTML eller en «javascript:»-lenke.",
        rationale: "libcmark fjerner rå HTML og farlige lenker uten å si fra, så teksten ville forsvunnet stille fra siden.",
        fixIt: "Skriv det med Markdown i stedet: **fet**, *kursiv*, lister med «- » og lenker som [tekst](@id).",
        failing: .recommendation(replacing: "initialt.", with: "<b>initialt</b>."),
        passing: .recommendation())

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.entries.flatMap { entry -> [Diagnostic] in
            guard let scan = context.knowledgeBase.scan(of: entry) else { return [] }
            return scan.rawHTML.map { finding($0, "Rå HTML i teksten blir fjernet av Markdown-oversetteren.") }
                + scan.unsafeLinks.map { link in
                    finding(link.location, "Lenken «\(link.url.prefix(40))» blir fjernet: slike adresser er ikke tillatt.",
                            fixIt: "Lenk til en oppføring med «@id» eller til en nettadresse som begynner med https://.")
                }
        }
    }
}
