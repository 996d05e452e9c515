/// Which render jobs an edit can change, so that a rebuild renders only those. It errs towards
/// rendering more: an entry's page, the pages it links to and whose front matter names it, pages that show it
/// beside itself (same topic, the chapters before and after, tables and figures that list it), definitions
/// whose «omtalt i» it joins or leaves, and every file that draws on many entries. An edit of the
/// text alone — the same front matter, links and mentions — shows only on the entry's page, in the
/// recommendation tables that quote it and in the shared files that read bodies. The incremental
/// build's tests compare the result with a full build, byte for byte.
enum AffectedJobs {
    /// Jobs to render after the files changed, or nil when everything must be rendered: a guideline
    /// changed. An entry that came, went or changed its id is planned as the one that went and the
    /// one that came: the page of each, what each showed on, and the shared files that show it at
    /// all. A definition that came, went or changed its term or forms also renders the pages whose
    /// term links it can move (`pagesShowingTerms`), and every shared file; so does an entry that
    /// changed kind, with the pages that link to it, whose links follow its page to its new folder.
    /// With `bodiesOnly` (every change kept its file's front matter), the pages and shared files that
    /// read nothing of a changed body are left as they are; otherwise, the shared files that read no
    /// bodies and show nothing that the front matter changed.
    static func after(changing files: Set<String>, bodiesOnly: Bool = false, from old: KnowledgeBase, to new: KnowledgeBase) -> [SiteRenderer.Job]? {
        var ids: Set<EntryID> = []
        var bodyChanges: [(kind: EntryKind, change: SiteRenderer.BodyChange)] = []
        var edits: [(before: Entry?, after: Entry?)] = []
        var definitionsWithNewTerms: Set<EntryID> = []
        var pagesMoved = false
        let placeholders = (old: PlaceholderPages(old), new: PlaceholderPages(new))
        for file in files {
            let before = PathOrder.items(in: old.entries, at: [file], path: \.file).first
            let after = PathOrder.items(in: new.entries, at: [file], path: \.file).first
            // A file that holds no entry is a guideline, an editorial record or one that failed.
            guard before != nil || after != nil else { return nil }
            if movesItsPage(before, after) {
                // Its page moves to its new kind's folder, so every page that links to it links elsewhere now.
                pagesMoved = true
                ids.formUnion(old.backlinks[before!.id] ?? [])
                ids.formUnion(new.backlinks[after!.id] ?? [])
            }
            if before?.definedTerms != after?.definedTerms { definitionsWithNewTerms.formUnion([before?.id, after?.id].compactMap { $0 }) }
            edits.append((before, after))
            if bodiesOnly, let before, let after {
                ids.insert(after.id)
                let textOnly = references(of: before, in: old) == references(of: after, in: new)
                bodyChanges.append((after.kind, textOnly ? .text : .textAndLinks))
                if textOnly {
                    ids.formUnion(pagesQuotingText(of: after, in: new, placeholders.new))
                    continue
                }
            }
            if let before { ids.insert(before.id); ids.formUnion(neighbours(of: before, in: old, placeholders.old)) }
            if let after { ids.insert(after.id); ids.formUnion(neighbours(of: after, in: new, placeholders.new)) }
        }
        if !definitionsWithNewTerms.isEmpty || pagesMoved {
            ids.formUnion(pagesShowingTerms(of: definitionsWithNewTerms, from: old, to: new))
            return SiteRenderer.SharedFile.allCases.map(SiteRenderer.Job.shared) + ids.sorted().map(SiteRenderer.Job.entry)
        }
        let shared = SiteRenderer.SharedFile.allCases.filter { file in
            if bodiesOnly { return bodyChanges.contains { file.dependsOnBodies(of: $0.kind, $0.change) } }
            return edits.contains { shows(file, differenceBetween: $0.before, and: $0.after) }
        }
        return shared.map(SiteRenderer.Job.shared) + ids.sorted().map(SiteRenderer.Job.entry)
    }

    /// Whether an entry kept its id and changed its kind: its page moves to another folder, and the
    /// bodies that link to it are rendered again.
    static func movesItsPage(_ before: Entry?, _ after: Entry?) -> Bool {
        guard let before, let after else { return false }
        return before.id == after.id && before.kind != after.kind
    }

    /// After definitions came, went or changed their term or forms: the pages that mention them in
    /// either state (their words are linked elsewhere now), the pages whose mentions changed (a new
    /// phrase can take words from another term), and the definitions those joined or left.
    static func pagesShowingTerms(of definitions: Set<EntryID>, from old: KnowledgeBase, to new: KnowledgeBase) -> Set<EntryID> {
        var ids: Set<EntryID> = []
        for definition in definitions {
            ids.formUnion(old.mentions[definition] ?? [])
            ids.formUnion(new.mentions[definition] ?? [])
        }
        let (before, after) = (old.mentionsByFile, new.mentionsByFile)
        // A patched index knows which files it found again; the others kept their mentions.
        let candidates = new.mentionIndex.filesPatched(from: old.mentionIndex).map {
            PathOrder.items(in: new.entries, at: $0.sorted(), path: \.file)
        }
        for entry in candidates ?? new.entries {
            let (was, now) = (before[entry.file] ?? [], after[entry.file] ?? [])
            guard was != now else { continue }
            ids.insert(entry.id)
            ids.formUnion(was.symmetricDifference(now))
        }
        return ids
    }

    /// Whether a shared file that reads no bodies can show the difference between two states of an
    /// entry: what it shows of the front matter, or, for an entry that came, went or changed its id,
    /// anything of it at all.
    static func shows(_ file: SiteRenderer.SharedFile, differenceBetween before: Entry?, and after: Entry?) -> Bool {
        let states = [before, after].compactMap { $0 }
        guard !states.contains(where: { file.dependsOnBodies(of: $0.kind, .textAndLinks) }) else { return true }
        let shown = states.map(file.frontMatterShown)
        guard !shown.contains(where: { $0 == nil }) else { return true }
        if let before, let after, before.id == after.id { return shown[0] != shown[1] }
        return shown.contains { $0 != [] }
    }

    /// The chapters just before and after this one in its guideline.
    static func adjacentChapters(of entry: Entry, in kb: KnowledgeBase) -> [EntryID] {
        guard let guideline = entry.guideline.flatMap(kb.guideline) else { return [] }
        let chapters = kb.chapters(of: guideline)
        guard let position = chapters.firstIndex(where: { $0.id == entry.id }) else { return [] }
        return [position - 1, position + 1].filter(chapters.indices.contains).map { chapters[$0].id }
    }

    /// What other pages show of an entry's body: the entries it links to and the definitions it mentions.
    static func references(of entry: Entry, in kb: KnowledgeBase) -> (links: Set<EntryID>, mentions: Set<EntryID>) {
        (Set(kb.linksByID[entry.id]?.targets ?? []), MentionIndex.definitions(mentionedBy: entry, in: kb))
    }

    /// Pages whose recommendation tables quote this entry's text: those of its section, for a recommendation.
    static func pagesQuotingText(of entry: Entry, in kb: KnowledgeBase, _ placeholders: PlaceholderPages) -> Set<EntryID> {
        guard let recommendation = entry.content.recommendation else { return [] }
        return placeholders.tablePages(of: recommendation, in: kb)
    }

    /// Entries whose pages show something of this entry, in one state of the knowledge base.
    static func neighbours(of entry: Entry, in kb: KnowledgeBase, _ placeholders: PlaceholderPages) -> Set<EntryID> {
        // Of the entries that link to it, those whose front matter names it show its title (inherited
        // strength, documentation taken from it); a link in a body shows only its own words.
        var ids = Set((kb.backlinks[entry.id] ?? []).filter { id in
            kb.entry(id)?.frontMatterTargets.contains(entry.id) ?? true
        })
        ids.formUnion(entry.frontMatterTargets)
        for link in kb.scan(entry.id)?.links ?? [] {
            if case .entry(let target, _) = LinkReference(link.url) { ids.insert(target) }
        }
        ids.formUnion(MentionIndex.definitions(mentionedBy: entry, in: kb))
        switch entry.content {
        case .recommendation(let recommendation):
            // «Samme tema» lists the other recommendations on the topic in the section.
            for (other, sibling) in kb.recommendations
            where sibling.topic == recommendation.topic && sibling.section == recommendation.section
                && sibling.guideline == recommendation.guideline {
                ids.insert(other.id)
            }
            ids.formUnion(placeholders.figures)
            ids.formUnion(placeholders.tablePages(of: recommendation, in: kb))
        case .chapter(let chapter):
            // A chapter's page names the chapters before and after it.
            ids.formUnion(adjacentChapters(of: entry, in: kb))
            let sections = Set(chapter.sections.compactMap(\.number) + [chapter.number].compactMap { $0 })
            for (other, recommendation) in kb.recommendations
            where recommendation.guideline == chapter.guideline && sections.contains(recommendation.section) {
                ids.insert(other.id)
            }
            ids.formUnion(placeholders.figures)
        case .category:
            ids.formUnion(placeholders.figures)
        case .definition, .questionnaire, .brochure, .article:
            break
        }
        return ids
    }

    /// The entries whose bodies hold placeholders (figures, tables), with them, in one state of the
    /// base: few in any base, so found once per plan from the scans that have any.
    struct PlaceholderPages {
        let pages: [(id: EntryID, placeholders: [BlockPlaceholder])]
        let figures: [EntryID]

        init(_ kb: KnowledgeBase) {
            pages = kb.linksByID.compactMap { id, links in links.scan.placeholders.isEmpty ? nil : (id, links.scan.placeholders) }
            figures = pages.filter { $0.placeholders.contains { $0.name == "figur" } }.map(\.id)
        }

        /// The pages with a recommendation table of the recommendation's section, in its guideline.
        func tablePages(of recommendation: Recommendation, in kb: KnowledgeBase) -> Set<EntryID> {
            Set(pages.filter { id, placeholders in
                placeholders.contains { $0.recommendationTable?.section == recommendation.section }
                    && kb.entry(id)?.guideline == recommendation.guideline
            }.map(\.id))
        }
    }
}
