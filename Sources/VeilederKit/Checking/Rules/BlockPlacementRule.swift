struct BlockPlacementRule: CheckRule {
    static let description = RuleDescription(
        id: "block-placement",
        summary: "En plassholder (@anbefalinger, @tabell, @personer, @rad, @graderingstabell) er ukjent, viser til noe som ikke finnes eller står to ganger, eller en anbefalingstabell er ikke plassert noe sted.",
        rationale: "Hver tabell med anbefalinger skal stå nøyaktig ett sted i kapittelteksten, ellers forsvinner anbefalingene fra kapittelet eller vises dobbelt.",
        fixIt: "Skriv et avsnitt som bare inneholder «@anbefalinger(7.1.1)» der tabellen skal stå, én gang per tabell.",
        failing: RuleExample([
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.recommendation,
            "korsrygg/kapitler/behandling.md": ExampleEntries.replacing("@anbefalinger(7.1.1)", with: "@anbefalinger(7.1)", in: ExampleEntries.chapter),
        ]),
        passing: RuleExample([
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.recommendation,
            "korsrygg/kapitler/behandling.md": ExampleEntries.chapter,
        ]))

    struct TableKey: Hashable {
        let guideline: String
        let section: String
        let table: Int
    }

    static func check(_ context: CheckContext) -> [Diagnostic] {
        let kb = context.knowledgeBase
        var findings: [Diagnostic] = []
        var tables: [TableKey: SourceLocation] = [:]
        for (entry, recommendation) in kb.recommendations {
            let key = TableKey(guideline: recommendation.guideline, section: recommendation.section, table: recommendation.table)
            if tables[key] == nil { tables[key] = entry.locations["section"] }
        }
        var placed: [TableKey: SourceLocation] = [:]
        for entry in kb.entries {
            var placedBlocks: Set<String> = []
            for placeholder in kb.scan(of: entry)?.placeholders ?? [] {
                let location = placeholder.location
                guard BlockPlaceholder.names.contains(placeholder.name) else {
                    findings.append(finding(location, "Ukjent plassholder «@\(placeholder.name)».",
                                            fixIt: "Kjente plassholdere: \(BlockPlaceholder.names.map { "@\($0)" }.joined(separator: ", "))."))
                    continue
                }
                if let (section, table) = placeholder.recommendationTable, let guideline = entry.guideline {
                    let key = TableKey(guideline: guideline, section: section, table: table)
                    if tables[key] == nil {
                        findings.append(finding(location, "Ingen anbefalinger har «section: \"\(section)\"» og «table: \(table)»."))
                    } else if let earlier = placed[key] {
                        findings.append(finding(location, "Tabellen for \(section) er allerede plassert (\(earlier.file):\(earlier.line))."))
                    } else {
                        placed[key] = location
                    }
                    continue
                }
                if placeholder.name == "figur" {
                    if placeholder.arguments.count != 1 || !BlockPlaceholder.figures.contains(placeholder.arguments[0]) {
                        findings.append(finding(location, "«@figur(\(placeholder.arguments.joined(separator: ", ")))» er ikke en kjent figur.",
                                                fixIt: "Kjente figurer: \(BlockPlaceholder.figures.joined(separator: ", "))."))
                    }
                    continue
                }
                guard ["tabell", "personer", "rad"].contains(placeholder.name) else { continue }
                let chapter = entry.content.chapter
                let ids: [String] = switch placeholder.name {
                case "tabell": chapter?.tables.map(\.id) ?? []
                case "personer": chapter?.people.map(\.id) ?? []
                default: chapter?.advice.map(\.id) ?? []
                }
                guard let id = placeholder.arguments.first, placeholder.arguments.count == 1, ids.contains(id) else {
                    findings.append(finding(location, "«@\(placeholder.name)(\(placeholder.arguments.joined(separator: ", ")))» viser ikke til en blokk i dette kapittelet.",
                                            fixIt: ids.isEmpty ? "Kapittelet har ingen slike blokker." : "Kjente id-er: \(ids.joined(separator: ", "))."))
                    continue
                }
                if !placedBlocks.insert("\(placeholder.name)/\(id)").inserted {
                    findings.append(finding(location, "«@\(placeholder.name)(\(id))» står to ganger."))
                }
            }
        }
        // Only guidelines that have chapters place tables; a section missing from the contents is reported
        // by section-not-in-contents instead.
        let guidelinesWithChapters = Set(kb.entries.filter { $0.kind == .chapter }.compactMap(\.guideline))
        for (key, location) in tables where placed[key] == nil && guidelinesWithChapters.contains(key.guideline)
            && kb.guideline(key.guideline)?.contentsItem(numbered: key.section) != nil {
            findings.append(finding(
                location, "Anbefalingstabellen for \(key.section)\(key.table > 1 ? " (tabell \(key.table))" : "") er ikke plassert i noe kapittel.",
                fixIt: "Skriv «@anbefalinger(\(key.section)\(key.table > 1 ? ", \(key.table)" : ""))» som eget avsnitt der tabellen står i kapittelet."))
        }
        return findings
    }
}
