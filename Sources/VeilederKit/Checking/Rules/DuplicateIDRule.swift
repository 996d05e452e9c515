struct DuplicateIDRule: CheckRule {
    static let description = RuleDescription(
        id: "duplicate-id",
        summary: "To oppføringer har samme id.",
        rationale: "Id-en blir filnavnet på nettsiden og målet for lenker; to like id-er gjør at den ene forsvinner.",
        fixIt: "Gi den ene oppføringen en ny id (små bokstaver a–z, tall og bindestrek).",
        failing: RuleExample([
            "korsrygg/anbefalinger/sengeleie-akutt.md": ExampleEntries.recommendation,
            "korsrygg/anbefalinger/sengeleie-kopi.md": ExampleEntries.recommendation,
        ]),
        passing: .recommendation())

    static func check(_ context: CheckContext) -> [Diagnostic] {
        let kb = context.knowledgeBase
        // Ids two entries share are known from linking; only the stubs (files that did not decode) are looked at here.
        var repeated = kb.duplicatedIDs
        var stubs: [EntryStub] = []
        if !kb.stubs.isEmpty {
            let entryFiles = Set(kb.entries.map(\.file))
            stubs = kb.stubs.values.filter { !entryFiles.contains($0.file) }
            for stub in stubs where kb.entry(stub.id) != nil { repeated.insert(stub.id) }
        }
        guard !repeated.isEmpty else { return [] }
        var files: [EntryID: [(file: String, location: SourceLocation)]] = [:]
        for entry in kb.entries where repeated.contains(entry.id) { files[entry.id, default: []].append((entry.file, entry.locations.origin)) }
        for stub in stubs where repeated.contains(stub.id) {
            files[stub.id, default: []].append((stub.file, SourceLocation(file: stub.file, line: 1)))
        }
        return files.flatMap { id, places -> [Diagnostic] in
            guard places.count > 1 else { return [] }
            let sorted = places.sorted { $0.file < $1.file }
            return sorted.dropFirst().map { place in
                finding(place.location, "Id-en «\(id)» er allerede brukt i \(sorted[0].file).")
            }
        }
    }
}
