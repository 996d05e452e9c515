import Foundation

/// The whole public knowledge base as one JSON document (site/data/kunnskapsbase.json), in the
/// shape docs/dev/export.md documents and docs/dev/kunnskapsbase.schema.json defines. Keys are the
/// content contract's. Review notes never reach it; an instrument without a licence is left out.
struct KnowledgeBaseExport {
    static let path = "data/kunnskapsbase.json"
    let context: RenderContext

    /// The document around the entries. The entries are encoded one by one on all cores and put in
    /// where `entries` holds its placeholder, indented as the encoder would have indented them.
    struct Document: Encodable {
        let format = "veileder-kunnskapsbase"
        let version = 1
        let guidelines: [GuidelineRecord]
        let entries = Document.placeholder

        static let placeholder = "@@entries@@"
    }

    struct GuidelineRecord: Encodable {
        let id: String
        let title: String
        let shortTitle: String
        let status: String
        let publishers: [String]
        let year: String
        let currency: String
        let revised: String
        let page: String

        enum CodingKeys: String, CodingKey {
            case id, title, status, publishers, year, currency, revised, page
            case shortTitle = "short-title"
        }
    }

    struct EntryRecord: Encodable {
        let id: String
        let kind: String
        let guideline: String?
        let title: String
        let page: String
        let body: String
        let links: [String]
        let backlinks: [String]
        let updated: String?
        let source: SourceRecord?
        let fields: [String: FieldValue]
    }

    struct SourceRecord: Encodable {
        let document: String
        let lines: [String]
    }

    func render() -> OutputFile {
        let kb = context.knowledgeBase
        let entries = kb.entries.parallelMap { entry -> (id: String, json: [UInt8])? in
            if let questionnaire = entry.content.questionnaire, !questionnaire.isOwnedByGuideline, questionnaire.licence == nil { return nil }
            return context.fragment(.exportRecord, entry.id) { record(entry) }
        }.compactMap { $0 }.sorted { $0.id != $1.id ? $0.id < $1.id : $0.json.lexicographicallyPrecedes($1.json) }
        let document = KnowledgeBaseExport.encodedBytes(Document(
            guidelines: kb.guidelines.sorted { $0.id < $1.id }.map { g in
                GuidelineRecord(id: g.id, title: g.title, shortTitle: g.shortTitle, status: g.status.rawValue, publishers: g.publishers,
                                year: g.year, currency: g.currency.note, revised: g.currency.revised.rawValue, page: SitePaths.guideline(g.id))
            }))
        // Assembled on bytes: the file is megabytes, and every String pass over it showed in profiles.
        let placeholder = document.firstRange(of: Array("\"\(Document.placeholder)\"".utf8)) ?? document.endIndex..<document.endIndex
        var bytes = Array(document[..<placeholder.lowerBound])
        bytes.reserveCapacity(document.count + entries.reduce(0) { $0 + $1.json.count + 2 } + 8)
        if entries.isEmpty {
            bytes += Array("[]".utf8)
        } else {
            bytes += Array("[\n".utf8)
            for (index, entry) in entries.enumerated() {
                if index > 0 { bytes += Array(",\n".utf8) }
                bytes += entry.json
            }
            bytes += Array("\n  ]".utf8)
        }
        bytes += document[placeholder.upperBound...]
        bytes.append(0x0A)
        return OutputFile(path: KnowledgeBaseExport.path, bytes: bytes)
    }

    /// One entry's record, indented for its place in the list.
    private func record(_ entry: Entry) -> (id: String, json: [UInt8]) {
        let kb = context.knowledgeBase
        let links = Set((kb.scans[entry.id]?.links ?? []).compactMap { link -> String? in
            if case .entry(let id, _) = LinkReference(link.url) { return id.rawValue }
            return nil
        } + entry.frontMatterReferences.map(\.target.rawValue)).sorted()
        let location = SitePaths.location(of: entry)
        let record = EntryRecord(
            id: entry.id.rawValue, kind: entry.kind.rawValue, guideline: entry.guideline, title: entry.displayTitle,
            page: location.page + (location.anchor.map { "#\($0)" } ?? ""), body: entry.body.text, links: links,
            backlinks: (kb.backlinks[entry.id] ?? []).map(\.rawValue), updated: entry.updated,
            source: entry.provenance.map { SourceRecord(document: $0.document, lines: $0.spans.map(\.description)) },
            fields: EntryFields.of(entry))
        return (entry.id.rawValue, KnowledgeBaseExport.indented(KnowledgeBaseExport.encodedBytes(record)))
    }

    /// The JSON with every non-empty line indented by four spaces, to sit inside the `entries` array.
    /// Done on bytes: splitting a long string into Characters took a tenth of a full build.
    static func indented(_ json: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(json.count + json.count / 8)
        var atLineStart = true
        for byte in json {
            if atLineStart, byte != 0x0A { result.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
            result.append(byte)
            atLineStart = byte == 0x0A
        }
        return result
    }

    static func encodedBytes(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { Array($0) } ?? Array("{}".utf8)
    }
}

/// A field value in the export: text, a number, a list or a mapping.
indirect enum FieldValue: Encodable {
    case text(String)
    case number(Double)
    case list([FieldValue])
    case map([String: FieldValue])

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 { try container.encode(Int(value)) } else { try container.encode(value) }
        case .list(let value): try container.encode(value)
        case .map(let value): try container.encode(value)
        }
    }
}
