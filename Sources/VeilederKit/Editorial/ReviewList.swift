/// The work list for the next editorial meeting: reviews that are due, open review notes, uncertain
/// star pairings, draft brochure sections and recommendations whose direction is unclear.
public struct ReviewList: Sendable, Encodable {
    public struct Item: Sendable, Encodable, Hashable {
        /// `gjennomgang`, `merknad`, `usikker-kobling`, `utkast`, `uklar-retning`.
        public let type: String
        public let id: String
        public let file: String
        public let line: Int
        public let text: String
        public let anchor: String?
    }

    public let today: String
    public let items: [Item]

    public init(report: CheckReport, today: CalendarDate) {
        let kb = report.knowledgeBase
        var items: [Item] = []
        for record in report.editorial {
            let guidelineID = kb.entry(EntryID(record.owner))?.guideline ?? kb.guideline(record.owner)?.id
            if let reviewed = record.reviewed.flatMap(CalendarDate.init), let guideline = guidelineID.flatMap(kb.guideline) {
                let months = reviewed.months(until: today)
                if months >= guideline.reviewIntervalMonths {
                    items.append(Item(type: "gjennomgang", id: record.owner, file: record.file, line: 1,
                                      text: "Sist lest mot kilden \(reviewed), \(months) måneder siden (intervall \(guideline.reviewIntervalMonths)).", anchor: nil))
                }
            }
            for note in record.notes where note.status == .aapen {
                items.append(Item(type: "merknad", id: record.owner, file: record.file, line: note.location.line,
                                  text: "\(note.text) (\(note.by))", anchor: note.anchor))
            }
        }
        for (entry, recommendation) in kb.recommendations {
            if recommendation.evidence.pairing == .usikker {
                items.append(Item(type: "usikker-kobling", id: entry.id.rawValue, file: entry.file, line: entry.locations["evidence.pairing"].line,
                                  text: "Nivået «\(recommendation.evidence.level.rawValue)» er usikkert koblet til anbefalingen.", anchor: nil))
            }
            if recommendation.direction == .uklar {
                items.append(Item(type: "uklar-retning", id: entry.id.rawValue, file: entry.file, line: entry.locations["direction"].line,
                                  text: "Retningen er uklar: «\(recommendation.directionAsWritten)».", anchor: nil))
            }
        }
        for entry in kb.entries {
            if let section = entry.content.brochure, section.status == .utkast {
                items.append(Item(type: "utkast", id: entry.id.rawValue, file: entry.file, line: entry.locations["status"].line,
                                  text: "Brosjyredelen «\(section.question)» er ikke godkjent.", anchor: nil))
            }
        }
        self.today = today.description
        self.items = items.sorted { ($0.type, $0.file, $0.line, $0.text) < ($1.type, $1.file, $1.line, $1.text) }
    }

    static let headings = [
        "gjennomgang": "Skal leses mot kilden igjen", "merknad": "Åpne merknader", "usikker-kobling": "Usikker kobling av nivå",
        "utkast": "Brosjyredeler som venter på godkjenning", "uklar-retning": "Uklar retning",
    ]

    /// A plain table, grouped by type.
    public func text(pathPrefix: String) -> String {
        var output = ""
        for type in ["gjennomgang", "merknad", "usikker-kobling", "uklar-retning", "utkast"] {
            let group = items.filter { $0.type == type }
            guard !group.isEmpty else { continue }
            output += "\(ReviewList.headings[type]!) (\(group.count))\n"
            for item in group {
                let anchor = item.anchor.map { " [\($0)]" } ?? ""
                output += "  \(pathPrefix)\(item.file):\(item.line)  \(item.id)\(anchor): \(item.text)\n"
            }
            output += "\n"
        }
        return output + "\(items.count) saker til neste redaksjonsmøte (per \(today)).\n"
    }
}
