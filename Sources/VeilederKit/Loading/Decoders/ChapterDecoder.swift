enum ChapterDecoder {
    static func decode(_ r: MappingReader) -> EntryContent {
        .chapter(Chapter(
            guideline: r.string("guideline"),
            number: r.optionalString("number"),
            title: r.string("title"),
            sections: r.mappings("sections") { s in
                ChapterSection(number: s.optionalString("number"), title: s.string("title"), anchor: s.string("anchor"))
            },
            tables: r.optionalMappings("tables") { t in
                DataTable(
                    id: t.string("id"), caption: t.string("caption"), columns: t.strings("columns"),
                    rows: rows(t))
            } ?? [],
            people: r.optionalMappings("people") { p in
                PeopleGroup(
                    id: p.string("id"), title: p.string("title"), intro: p.optionalString("intro"),
                    members: p.mappings("members") { m in
                        Person(
                            name: m.string("name"), role: m.optionalString("role"),
                            affiliation: m.string("affiliation"), footnote: m.optionalString("footnote"))
                    })
            } ?? [],
            advice: r.optionalMappings("advice") { a in
                AdviceBlock(
                    id: a.string("id"), section: a.string("section"), title: a.string("title"),
                    advice: a.string("advice"), consequence: a.optionalString("consequence"))
            } ?? [],
            footnotes: r.optionalMappings("footnotes") { f in
                Footnote(mark: f.string("mark"), text: f.string("text"))
            } ?? [],
            gaps: r.optionalStrings("gaps") ?? []))
    }

    /// `rows` is a list of lists of cells.
    private static func rows(_ t: MappingReader) -> [[String]] {
        guard let node = t.node("rows") else {
            t.reportMissing("rows")
            return []
        }
        guard case .sequence(let rows) = node else {
            t.context.report(BadValueRule.description, at: node.mark, "«rows» skal være en liste av rader.",
                             fixIt: "Skriv hver rad som en liste: «- [celle 1, celle 2]».")
            return []
        }
        return rows.map { row in
            guard case .sequence(let cells) = row else {
                t.context.report(BadValueRule.description, at: row.mark, "En rad i «rows» skal være en liste av celler.")
                return []
            }
            return cells.compactMap { cell in
                if let text = cell.scalar?.string { return text }
                t.context.report(BadValueRule.description, at: cell.mark, "En celle skal være en enkelt tekst.")
                return nil
            }
        }
    }
}
