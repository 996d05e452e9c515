import Foundation

/// The whole public knowledge base as one JSON document (site/data/kunnskapsbase.json), in the
/// shape docs/dev/export.md documents and docs/dev/kunnskapsbase.schema.json defines. Keys are the
/// content contract's. Review notes never reach it; an instrument without a licence is left out.
struct KnowledgeBaseExport {
    static let path = "data/kunnskapsbase.json"
    let context: RenderContext

    func render() -> OutputFile {
        let kb = context.knowledgeBase
        let entries = context.pieces(.exportRecord, kb.entries.filter(\.isPublished)) { record($0) }.sorted { $0.id != $1.id ? $0.id < $1.id : $0.json.lexicographicallyPrecedes($1.json) }
        let document: JSONValue = .object([
            "format": "veileder-kunnskapsbase",
            "version": 1,
            "guidelines": .array(kb.guidelines.sorted { $0.id < $1.id }.map { g in
                .object([
                    "id": .string(g.id), "title": .string(g.title), "short-title": .string(g.shortTitle),
                    "status": .string(g.status.rawValue), "publishers": .strings(g.publishers), "year": .string(g.year),
                    "currency": .string(g.currency.note), "revised": .string(g.currency.revised.rawValue),
                    "page": .string(SitePaths.guideline(g.id)),
                ])
            }),
            "entries": .serializedList(entries.map(\.json)),
        ])
        return OutputFile(path: KnowledgeBaseExport.path, segments: document.segments(pretty: true) + [[0x0A]])
    }

    /// One entry's record, written at the depth it has in the document (inside `entries`).
    private func record(_ entry: Entry) -> (id: String, json: [UInt8]) {
        let kb = context.knowledgeBase
        let links = Set((kb.scan(entry.id)?.links ?? []).compactMap { link -> String? in
            if case .entry(let id, _) = LinkReference(link.url) { return id.rawValue }
            return nil
        } + entry.frontMatterTargets.map(\.rawValue)).sorted()
        let location = SitePaths.location(of: entry)
        var record: [String: JSONValue] = [
            "id": .string(entry.id.rawValue), "kind": .string(entry.kind.rawValue), "title": .string(entry.displayTitle),
            "page": .string(location.page + (location.anchor.map { "#\($0)" } ?? "")), "body": .string(entry.body.text),
            "links": .strings(links), "backlinks": .strings((kb.backlinks[entry.id] ?? []).map(\.rawValue)),
            "fields": .object(EntryFields.of(entry)),
        ]
        if let guideline = entry.guideline { record["guideline"] = .string(guideline) }
        if let updated = entry.updated { record["updated"] = .string(updated) }
        if let provenance = entry.provenance {
            record["source"] = .object(["document": .string(provenance.document), "lines": .strings(provenance.spans.map(\.description))])
        }
        return (entry.id.rawValue, JSONValue.object(record).bytes(pretty: true, depth: KnowledgeBaseExport.recordDepth))
    }

    /// Records sit in the `entries` list of the top-level object.
    static let recordDepth = 2
}
