struct ReviewOverdueRule: CheckRule {
    static let description = RuleDescription(
        id: "review-overdue",
        severity: .warning,
        summary: "Oppføringen ble sist lest mot kilden («reviewed») for lenger siden enn retningslinjens «review-interval-months».",
        rationale: "Transkripsjonen skal leses mot kilden med jevne mellomrom, så feil ikke blir stående.",
        fixIt: "Les oppføringen mot kilden igjen og sett «reviewed:» til dagens dato.",
        failing: .recommendation(replacing: "citations:", with: "reviewed: \"2020-01-01\"\ncitations:"),
        passing: .recommendation(replacing: "citations:", with: "reviewed: \"2026-06-01\"\ncitations:"))

    static func check(_ context: CheckContext) -> [Diagnostic] {
        guard let today = context.today else { return [] }
        let kb = context.knowledgeBase
        return context.editorial.compactMap { record in
            guard let reviewed = record.reviewed.flatMap(CalendarDate.init),
                  let guidelineID = kb.entry(EntryID(record.owner))?.guideline ?? kb.guideline(record.owner)?.id,
                  let guideline = kb.guideline(guidelineID) else { return nil }
            let months = reviewed.months(until: today)
            guard months >= guideline.reviewIntervalMonths else { return nil }
            let location = kb.entry(EntryID(record.owner))?.locations["reviewed"] ?? guideline.locations["reviewed"]
            return finding(location, "Sist lest mot kilden \(reviewed) – \(months) måneder siden; intervallet er \(guideline.reviewIntervalMonths).")
        }
    }
}
