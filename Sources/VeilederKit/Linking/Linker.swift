/// Builds the knowledge base from loaded content: scans every body, assigns anchors, indexes terms,
/// and collects back-links and mentions. Unresolved links are left for the checking rules to report.
public enum Linker {
    /// What an earlier link found for files that have not changed since, so that an incremental build
    /// does not redo it: scanning is most of the linker's work, and a scan depends only on its entry.
    public struct Earlier: Sendable {
        /// What each file yielded on its own, by file.
        private var files: [String: FileLinks] = [:]
        /// The definitions each file mentions, of the files whose mentions no term change can have changed.
        private var mentions: [String: Set<EntryID>] = [:]
        /// The term indexes; only valid while no definition or guideline changed.
        fileprivate var termIndexes: [String: TermIndex]?
        /// Files whose earlier results are stale. Kept as a set rather than filtered out of the
        /// dictionaries above, which hold every file of the base.
        fileprivate var changed: Set<String> = []
        /// The earlier base, to patch when no guideline changed.
        fileprivate var base: KnowledgeBase?
        /// After new terms: the unchanged files whose running text may mention a phrase concerned.
        fileprivate var mayMentionNewTerms: Set<String>?

        public init() {}

        /// What `knowledgeBase` found, without the files in `changed`. With new terms, an unchanged
        /// file keeps its mentions if its running text cannot mention any of the phrases concerned.
        init(_ knowledgeBase: KnowledgeBase, except changed: Set<String>, terms: TermChange) {
            files = knowledgeBase.linksByFile
            self.changed = changed
            switch terms {
            case .none:
                mentions = knowledgeBase.mentionsByFile
                termIndexes = knowledgeBase.termIndexes
                base = knowledgeBase
            case .phrases(let phrases):
                let fixedParts = TermIndex.FixedParts(of: phrases)
                let files = Array(knowledgeBase.linksByFile)
                let mayMention = files.parallelMap { _, links in fixedParts.mayOccur(in: links.scan.prose) }
                mentions = knowledgeBase.mentionsByFile
                mayMentionNewTerms = Set(zip(files, mayMention).filter { $1 && !changed.contains($0.key) }.map(\.0.key))
                base = knowledgeBase
            case .unknown:
                break
            }
        }

        /// How the defined terms changed since the earlier base: not at all, in these phrases (as they
        /// were and as they are), or in ways that cannot be told (a guideline changed).
        enum TermChange: Equatable {
            case none, phrases([String]), unknown
        }

        func links(of file: String) -> FileLinks? { changed.contains(file) ? nil : files[file] }

        /// The mentions of the unchanged files that new terms cannot have changed, to seed the next mention index.
        var unchangedMentions: [String: Set<EntryID>] {
            let stale = changed.union(mayMentionNewTerms ?? [])
            return stale.isEmpty || mentions.isEmpty ? mentions : mentions.filter { !stale.contains($0.key) }
        }
    }

    public static func link(_ content: LoadedContent, reusing earlier: Earlier = Earlier()) -> KnowledgeBase {
        if let base = earlier.base,
           let patched = patch(base, with: content, changed: earlier.changed, newTermsMayBeMentionedIn: earlier.mayMentionNewTerms) {
            return patched
        }
        let entries = content.entries
        let termIndexes = earlier.termIndexes ?? Linker.termIndexes(entries)
        let files = entries.parallelMap { entry in earlier.links(of: entry.file) ?? FileLinks(entry) }
        var linksByFile: [String: FileLinks] = [:]
        linksByFile.reserveCapacity(entries.count)
        var linksByID: [EntryID: FileLinks] = [:]
        linksByID.reserveCapacity(entries.count)
        var backlinks: [EntryID: Set<EntryID>] = [:]
        for (entry, links) in zip(entries, files) {
            linksByFile[entry.file] = links
            guard linksByID[entry.id] == nil else { continue }
            linksByID[entry.id] = links
            for target in links.targets { backlinks[target, default: []].insert(entry.id) }
        }

        var stubs: [EntryID: EntryStub] = [:]
        for stub in content.stubs where stubs[stub.id] == nil { stubs[stub.id] = stub }
        return KnowledgeBase(
            guidelines: content.guidelines, entries: entries, stubs: stubs, linksByFile: linksByFile, linksByID: linksByID,
            termIndexes: termIndexes, backlinks: backlinks.mapValues { $0.sorted() }, mentionSeed: earlier.unchangedMentions)
    }

    /// Links again from the earlier base, redoing only the changed files, whose entries may have come,
    /// gone or changed: possible when no entry failed to decode and every entry's id is its own; no
    /// guideline may have changed (the caller knows that). Otherwise nil. When the changed files define
    /// other terms than before, `newTermsMayBeMentionedIn` names the unchanged files whose mentions
    /// are found again: the term indexes of the guidelines concerned are made anew.
    static func patch(
        _ base: KnowledgeBase, with content: LoadedContent, changed: Set<String>, newTermsMayBeMentionedIn rechecked: Set<String>? = nil
    ) -> KnowledgeBase? {
        let entries = content.entries
        guard content.stubs.isEmpty, base.stubs.isEmpty else { return nil }
        let files = changed.sorted()
        let before = PathOrder.items(in: base.entries, at: files, path: \.file)
        let after = PathOrder.items(in: entries, at: files, path: \.file)
        let idsBefore = Set(before.map(\.id))
        var idsAfter: Set<EntryID> = []
        for entry in after {
            guard idsAfter.insert(entry.id).inserted, base.indexByID[entry.id] == nil || idsBefore.contains(entry.id) else { return nil }
        }
        func terms(_ entries: [Entry]) -> [String] { entries.compactMap { $0.definedTerms?.joined(separator: "\u{0}") }.sorted() }
        let sameTerms = terms(before) == terms(after)
        // New terms find the mentions of unchanged entries again, which an id held twice would confuse.
        guard before.allSatisfy({ !base.duplicatedIDs.contains($0.id) }), sameTerms || (rechecked != nil && base.duplicatedIDs.isEmpty)
        else { return nil }
        var termIndexes = base.termIndexes
        var mentionsRechecked: [Entry] = []
        if !sameTerms {
            let guidelines = Set((before + after).filter { $0.kind == .definition }.map { $0.guideline ?? "" })
            // A guideline left without definitions has no index, as in a full link.
            let made = Linker.termIndexes(entries.filter { guidelines.contains($0.guideline ?? "") })
            for guideline in guidelines { termIndexes[guideline] = made[guideline] }
            mentionsRechecked = PathOrder.items(in: entries, at: (rechecked ?? []).sorted(), path: \.file)
        }

        let links = after.parallelMap { FileLinks($0) }
        var linksByFile = base.linksByFile
        var linksByID = base.linksByID
        var backlinks = base.backlinks
        for entry in before {
            linksByFile[entry.file] = nil
            linksByID[entry.id] = nil
            SortedIDs.remove(entry.id, from: Set(base.linksByFile[entry.file]?.targets ?? []), in: &backlinks)
        }
        for (entry, found) in zip(after, links) {
            linksByFile[entry.file] = found
            linksByID[entry.id] = found
            SortedIDs.insert(entry.id, into: Set(found.targets), in: &backlinks)
        }
        // Entries that stay in their places keep the index by id; an entry come or gone moves those after it.
        let samePlaces = entries.count == base.entries.count && zip(before, after).allSatisfy { $0.id == $1.id && $0.file == $1.file }
        var indexByID = base.indexByID
        if !samePlaces {
            indexByID = Dictionary(minimumCapacity: entries.count)
            for (position, entry) in entries.enumerated() where indexByID[entry.id] == nil { indexByID[entry.id] = position }
        }
        return KnowledgeBase(
            guidelines: content.guidelines, entries: entries, stubs: [:], linksByFile: linksByFile, linksByID: linksByID,
            termIndexes: termIndexes, backlinks: backlinks,
            mentionIndex: MentionIndex(patching: base.mentionIndex, removing: before, adding: after, rechecking: mentionsRechecked),
            indexByID: indexByID, duplicatedIDs: base.duplicatedIDs)
    }

    /// Whether two states of the same files give the term indexes the same terms: the same
    /// definitions, in the same guidelines, with the same phrases.
    static func sameTerms(_ before: [Entry], _ after: [Entry]) -> Bool {
        guard before.count == after.count else { return !(before + after).contains { $0.kind == .definition } }
        return zip(before, after).allSatisfy { $0.definedTerms == $1.definedTerms }
    }

    /// Terms link within their own guideline only: a neck-pain page must not link to a low-back definition.
    static func termIndexes(_ entries: [Entry]) -> [String: TermIndex] {
        let definitionsByGuideline = Dictionary(grouping: entries.filter { $0.kind == .definition }) { $0.guideline ?? "" }
        return definitionsByGuideline.mapValues { definitions in
            TermIndex(definitions.compactMap { entry in entry.content.definition.map { (entry.id, $0.phrases) } })
        }
    }
}

/// What linking finds in one file on its own — its scan, anchors and the entries it links to — kept so
/// that an incremental link redoes it only for the files that changed. A class: a base holds one per
/// file, and an incremental link passes them all on.
final class FileLinks: Sendable {
    let scan: BodyScan
    /// Body heading anchors in order.
    let headingAnchors: [String]
    /// Heading anchors and the anchors the front matter declares.
    let anchors: Set<String>
    /// Entries the body or the front matter links to, the entry itself excluded.
    let targets: [EntryID]
    /// Those of `targets` that the body and the Markdown fields link to: terms are not linked to them again.
    let linkedFromText: [EntryID]

    init(_ entry: Entry) {
        scan = entry.markdownFields.reduce(into: BodyScanner.scan(entry.body, file: entry.file)) { scan, field in
            scan.merge(BodyScanner.scan(field, file: entry.file))
        }
        let declared = FileLinks.declaredAnchors(of: entry)
        headingAnchors = HeadingAnchors.assign(
            scan.headings.map(\.text), sections: entry.content.chapter?.sections ?? [], reserved: declared)
        anchors = declared.union(headingAnchors)
        var linkedFromText: [EntryID] = []
        for link in scan.links {
            if case .entry(let target, _) = LinkReference(link.url), target != entry.id { linkedFromText.append(target) }
        }
        self.linkedFromText = linkedFromText
        targets = linkedFromText + entry.frontMatterTargets.filter { $0 != entry.id }
    }

    /// Anchors an entry declares in its front matter.
    static func declaredAnchors(of entry: Entry) -> Set<String> {
        switch entry.content {
        case .chapter(let chapter): Set(chapter.declaredAnchors)
        case .questionnaire(let questionnaire): Set(questionnaire.items.map(\.id) + questionnaire.sections.map(\.id))
        case .article(let article): Set(article.references.map { "ref-\($0.number)" })
        default: []
        }
    }
}

extension Entry {
    /// What the entry gives its guideline's term index: for a definition its id, guideline and
    /// phrases; nothing for other kinds.
    var definedTerms: [String]? {
        content.definition.map { [id.rawValue, guideline ?? ""] + $0.phrases }
    }
}
