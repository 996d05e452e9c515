import Foundation
import Testing
@testable import VeilederKit

/// The incremental check keeps what the rules scoped to files found in the files that did not
/// change; it must report exactly what a full check of the same content reports.
@Suite(.serialized) struct IncrementalCheckTests {
    typealias Edit = IncrementalBuildTests.Edit
    static let recommendation = "korsrygg/anbefalinger/sengeleie-akutt.md"
    static let brochure = "korsrygg/brosjyre/hvor-vanlig.md"

    @Test func afterEveryEditTheFindingsAreThoseOfAFullCheck() throws {
        let content = try IncrementalBuildTests.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let today = IncrementalBuildTests.today
        let build = try IncrementalBuild(contentRoot: content, templates: SiteBuild.templates, today: today, strict: false)
        _ = try build.update()
        let edits: [Edit] = [
            .replace(Self.brochure, "Vond rygg er svært vanlig.", "Vond rygg er \"svært\" vanlig.", "English quotes in another file"),
            .replace(Self.recommendation, "som smertelindring initialt.", "som smertelindring initialt. Det er nłdvendig.", "debris"),
            .replace(Self.recommendation, "Det er nłdvendig.", "Se [dette](@finnes-ikke).", "debris fixed, a link to no entry"),
            .replace(Self.recommendation, "(@finnes-ikke)", "(@aktivitet-akutt#finnes-ikke)", "a link to no anchor"),
            .replace(Self.recommendation, " Se [dette](@aktivitet-akutt#finnes-ikke).", "", "the link removed"),
            .replace(Self.brochure, "Vond rygg er \"svært\" vanlig.", "Vond rygg er svært vanlig.", "the quotes fixed"),
        ]
        // Ids that come and go: a link waits for its entry, and a misspelt one elsewhere is suggested the new id.
        let other = "korsrygg/anbefalinger/aktivitet-akutt.md"
        let copy = "korsrygg/anbefalinger/sengeleie-kopi.md"
        let copied = try IncrementalBuildTests.copy(of: Self.recommendation, in: content, id: "sengeleie-kopi", replacing: [("order: 6\n", "order: 60\n")])
        let comingAndGoing: [Edit] = [
            .replace(Self.recommendation, "som smertelindring initialt.", "som smertelindring initialt. Se [kopien](@sengeleie-kopi).", "a link to an entry yet to come"),
            .replace(other, "## Dokumentasjon", "Se [kopien](@sengeleie-kopj).\n\n## Dokumentasjon", "a misspelt link in another file"),
            Edit(file: copy, change: { _ in copied }, note: "the entry comes"),
            Edit(file: copy, change: { _ in copied.replacingOccurrences(of: "id: sengeleie-kopi", with: "id: sengeleie-kopj") }, note: "it changes its id"),
            Edit(file: copy, change: { _ in nil }, note: "it goes"),
            .replace(other, "Se [kopien](@sengeleie-kopj).\n\n", "", "the misspelt link removed"),
            .replace(Self.recommendation, " Se [kopien](@sengeleie-kopi).", "", "the waiting link removed"),
        ]
        var sawFindingsKeptFromAnotherFile = false
        for edit in edits + comingAndGoing {
            try IncrementalBuildTests.apply(edit, in: content)
            let update = try build.update(contentFiles: [edit.file])
            let full = try Pipeline.check(contentRoot: content, today: today)
            #expect(update.report.diagnostics == full.diagnostics, "\(edit)")
            // The link is patched from the previous one; it must find what linking from scratch finds.
            #expect(update.report.knowledgeBase.backlinks == full.knowledgeBase.backlinks, "\(edit)")
            #expect(update.report.knowledgeBase.mentions == full.knowledgeBase.mentions, "\(edit)")
            #expect(update.report.knowledgeBase.anchors(of: "sengeleie-akutt") == full.knowledgeBase.anchors(of: "sengeleie-akutt"))
            sawFindingsKeptFromAnotherFile = sawFindingsKeptFromAnotherFile
                || (edit.file == Self.recommendation && full.diagnostics.contains { $0.location.file == Self.brochure && $0.ruleID == "english-quotes" })
        }
        #expect(sawFindingsKeptFromAnotherFile)
    }

    @Test func aChangeToTheBodyAloneKeepsTheFrontMatter() throws {
        let content = try IncrementalBuildTests.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        func decoded() -> DecodedFile { ContentLoader.decodeFile(root: content, path: Self.recommendation) }
        let original = decoded()
        try IncrementalBuildTests.apply(.replace(Self.recommendation, "som smertelindring initialt.", "som smertelindring.", "body"), in: content)
        let bodyEdited = decoded()
        try IncrementalBuildTests.apply(.replace(Self.recommendation, "topic: \"Sengeleie\"", "topic: \"Hvile\"", "topic"), in: content)
        #expect(DecodedFile.sameFrontMatter(original, bodyEdited))
        #expect(!DecodedFile.sameFrontMatter(bodyEdited, decoded()))
        #expect(!DecodedFile.sameFrontMatter(nil, bodyEdited) && !DecodedFile.sameFrontMatter(bodyEdited, nil))
    }

    @Test func afterBodyEditsTheFilesThatReadNoBodiesAreNotRendered() throws {
        let kb = try Pipeline.check(contentRoot: TestPaths.content, today: IncrementalBuildTests.today).knowledgeBase
        let bodyOnly = try #require(AffectedJobs.after(changing: [Self.recommendation], bodiesOnly: true, from: kb, to: kb))
        let any = try #require(AffectedJobs.after(changing: [Self.recommendation], bodiesOnly: false, from: kb, to: kb))
        let showingAnyFrontMatter: Set<SiteRenderer.SharedFile> = [.searchIndex, .export, .overview, .handouts, .brochure, .glossary]
        for file in SiteRenderer.SharedFile.allCases {
            #expect(any.contains(.shared(file)) == showingAnyFrontMatter.contains(file), "\(file)")
            #expect(bodyOnly.contains(.shared(file)) == file.dependsOnBodies(of: .recommendation, .text), "\(file)")
        }
        #expect(!bodyOnly.contains(.shared(.overview)) && !bodyOnly.contains(.shared(.guidelines)) && !bodyOnly.contains(.shared(.glossary)))
        #expect(bodyOnly.contains(.entry("sengeleie-akutt")) && bodyOnly.contains(.shared(.export)))
        // The same links and mentions: the pages it links to, that link to it and on its topic stay.
        let entry = try #require(kb.entry("sengeleie-akutt"))
        let placeholders = AffectedJobs.PlaceholderPages(kb)
        let neighbours = AffectedJobs.neighbours(of: entry, in: kb, placeholders).subtracting(["sengeleie-akutt"])
        let quoting = AffectedJobs.pagesQuotingText(of: entry, in: kb, placeholders)
        #expect(!neighbours.isEmpty && neighbours.allSatisfy { !bodyOnly.contains(.entry($0)) || quoting.contains($0) })
        #expect(bodyOnly.count < any.count)
    }

    /// A front-matter edit renders the shared files that show what it changed: a new topic shows in
    /// the overview but not in the guideline's chart, a new direction in both.
    @Test func afterFrontMatterEditsOnlyTheFilesThatShowTheChangedFieldsAreRendered() throws {
        let content = try IncrementalBuildTests.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = try Pipeline.check(contentRoot: content, today: IncrementalBuildTests.today).knowledgeBase
        func jobs(after edit: IncrementalBuildTests.Edit) throws -> [SiteRenderer.Job] {
            try IncrementalBuildTests.apply(edit, in: content)
            let after = try Pipeline.check(contentRoot: content, today: IncrementalBuildTests.today).knowledgeBase
            return try #require(AffectedJobs.after(changing: [Self.recommendation], from: before, to: after))
        }
        let topic = try jobs(after: .replace(Self.recommendation, "topic: \"Sengeleie\"", "topic: \"Hvile\"", "topic"))
        #expect(topic.contains(.shared(.overview)) && topic.contains(.shared(.export)))
        #expect(!topic.contains(.shared(.guidelines)) && !topic.contains(.shared(.front)) && !topic.contains(.shared(.questionnaires)))
        let direction = try jobs(after: .replace(Self.recommendation, "direction: mot", "direction: uklar", "direction"))
        #expect(direction.contains(.shared(.guidelines)) && direction.contains(.shared(.overview)))
    }

    /// The site index moved for changed recommendations is the one built from the new base.
    @Test func theSiteIndexUpdatedForAMovedRecommendationIsTheOneBuiltAnew() throws {
        let content = try IncrementalBuildTests.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = try Pipeline.check(contentRoot: content, today: IncrementalBuildTests.today).knowledgeBase
        try IncrementalBuildTests.apply(.replace(Self.recommendation, "order: 6\n", "order: 60\n", "order"), in: content)
        try IncrementalBuildTests.apply(.replace(Self.recommendation, "topic: \"Sengeleie\"", "topic: \"Hvile\"", "topic"), in: content)
        let after = try Pipeline.check(contentRoot: content, today: IncrementalBuildTests.today).knowledgeBase
        let changes: [(before: Entry?, after: Entry?)] = [(try #require(before.entry("sengeleie-akutt")), try #require(after.entry("sengeleie-akutt")))]
        let updated = try #require(SiteIndex(before).updating(changes))
        let built = SiteIndex(after)
        #expect(updated.tables.mapValues { $0.map(\.entry.id) } == built.tables.mapValues { $0.map(\.entry.id) })
        #expect(updated.topics.mapValues { $0.map(\.id) } == built.topics.mapValues { $0.map(\.id) })
        #expect(updated.tables.values.joined().contains { $0.entry === changes[0].1 })
        #expect(updated.topics.keys.contains { $0.topic == "Hvile" } && !updated.topics.keys.contains { $0.topic == "Sengeleie" && $0.section == "7.1.1" })
    }

    /// A recommendation added, and one removed, join and leave their tables and topics as building anew places them.
    @Test func theSiteIndexUpdatedForAnAddedAndARemovedRecommendationIsTheOneBuiltAnew() throws {
        let content = try IncrementalBuildTests.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = try Pipeline.check(contentRoot: content, today: IncrementalBuildTests.today).knowledgeBase
        let copy = try IncrementalBuildTests.copy(of: Self.recommendation, in: content, id: "sengeleie-kopi", replacing: [("order: 6\n", "order: 2\n")])
        try IncrementalBuildTests.apply(.init(file: "korsrygg/anbefalinger/sengeleie-kopi.md", change: { _ in copy }, note: "added"), in: content)
        try IncrementalBuildTests.apply(.init(file: "korsrygg/anbefalinger/aktivitet-akutt.md", change: { _ in nil }, note: "removed"), in: content)
        let after = try Pipeline.check(contentRoot: content, today: IncrementalBuildTests.today).knowledgeBase
        let changes: [(before: Entry?, after: Entry?)] = [(nil, after.entry("sengeleie-kopi")), (before.entry("aktivitet-akutt"), nil)]
        let updated = try #require(SiteIndex(before).updating(changes))
        let built = SiteIndex(after)
        #expect(updated.tables.mapValues { $0.map(\.entry.id) } == built.tables.mapValues { $0.map(\.entry.id) })
        #expect(updated.topics.mapValues { $0.map(\.id) } == built.topics.mapValues { $0.map(\.id) })
        #expect(updated.tables.values.joined().contains { $0.entry.id == "sengeleie-kopi" })
        #expect(!updated.topics.values.joined().contains { $0.id == "aktivitet-akutt" })
    }

    /// A chapter with a new title is put in place; one whose sections moved makes the index be built anew.
    @Test func theSiteIndexUpdatedForARetitledChapterIsTheOneBuiltAnew() throws {
        let content = try IncrementalBuildTests.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let chapter = "korsrygg/kapitler/epidemiologi.md"
        let before = try Pipeline.check(contentRoot: content, today: IncrementalBuildTests.today).knowledgeBase
        try IncrementalBuildTests.apply(.replace(chapter, "title: Epidemiologi og kostnader", "title: Forekomst og kostnader", "title"), in: content)
        let retitled = try Pipeline.check(contentRoot: content, today: IncrementalBuildTests.today).knowledgeBase
        let change: [(before: Entry?, after: Entry?)] = [(try #require(before.entry("epidemiologi")), try #require(retitled.entry("epidemiologi")))]
        let updated = try #require(SiteIndex(before).updating(change))
        let built = SiteIndex(retitled)
        #expect(updated.sections.mapValues { [$0.chapter.id.rawValue, $0.anchor] } == built.sections.mapValues { [$0.chapter.id.rawValue, $0.anchor] })
        #expect(updated.chapters.mapValues { $0.map(\.id) } == built.chapters.mapValues { $0.map(\.id) })
        let placed = try #require(updated.chapterLocation(guideline: "korsrygg", section: "4.2"))
        #expect(placed.chapter === change[0].1 && placed.anchor == "avsnitt-4-2")
        #expect(updated.chapters["korsrygg"]?.contains { $0 === change[0].1 } == true)

        try IncrementalBuildTests.apply(.replace(chapter, "number: \"4.2\", title: Prognose og forløp, anchor: avsnitt-4-2", "number: \"4.9\", title: Prognose og forløp, anchor: avsnitt-4-9", "section"), in: content)
        let moved = try Pipeline.check(contentRoot: content, today: IncrementalBuildTests.today).knowledgeBase
        #expect(SiteIndex(retitled).updating([(retitled.entry("epidemiologi"), moved.entry("epidemiologi"))]) == nil)
        // A chapter that comes or goes places sections anew.
        #expect(SiteIndex(retitled).updating([(retitled.entry("epidemiologi"), nil)]) == nil)
    }
}
