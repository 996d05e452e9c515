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
        let entryFiles = Set(kb.entries.map(\.file))
        let stubs = kb.stubs.values.filter { !entryFiles.contains($0.file) }
        // Places are gathered only for the ids seen twice: almost every id is seen once.
        var seen: Set<EntryID> = []
        var repeated: Set<EntryID> = []
        for id in kb.entries.map(\.id) + stubs.map(\.id) where !seen.insert(id).inserted { repeated.insert(id) }
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
