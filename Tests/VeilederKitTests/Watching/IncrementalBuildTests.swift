import Foundation
import Testing
@testable import VeilederKit

/// Edits the real content the way an editor would and holds the incremental build to the full one:
/// after every edit the site must be byte for byte what a full build of the same content gives.
@Suite(.serialized) struct IncrementalBuildTests {
    static let today = CalendarDate("2026-11-22")

    /// One edit: a file and what to do to its text (nil removes the file).
    struct Edit: CustomStringConvertible, Sendable {
        let file: String
        let change: @Sendable (String) -> String?
        let note: String
        var description: String { "\(note) (\(file))" }

        static func replace(_ file: String, _ old: String, _ new: String, _ note: String) -> Edit {
            Edit(file: file, change: { text in
                precondition(text.contains(old), "«\(old)» is not in \(file)")
                return text.replacingOccurrences(of: old, with: new)
            }, note: note)
        }
    }

    /// A copy of the real content in a temporary folder.
    static func copyOfContent() throws -> URL {
        let root = try TestPaths.temporaryDirectory()
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestPaths.content, to: content)
        return content
    }

    static func apply(_ edit: Edit, in content: URL) throws {
        let url = content.appendingPathComponent(edit.file)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if let changed = edit.change(text) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try changed.write(to: url, atomically: true, encoding: .utf8)
        } else {
            try FileManager.default.removeItem(at: url)
        }
    }

    /// What a full build of the folder gives, by path.
    static func fullBuild(_ content: URL) throws -> [String: [UInt8]] {
        let files = try SiteBuild.files(content: content, today: today)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
    }

    static func differences(_ update: IncrementalBuild.Update, _ full: [String: [UInt8]]) -> [String] {
        let paths = Set(update.site.keys).union(full.keys)
        return paths.filter { update.site[$0]?.bytes != full[$0] }.sorted()
    }

    static let entryEdits: [Edit] = [
        .replace("korsrygg/anbefalinger/sengeleie-akutt.md", "som smertelindring initialt.",
                 "som smertelindring initialt. Se også [aktivitet](@aktivitet-akutt).", "a new link in a recommendation"),
        .replace("korsrygg/anbefalinger/sengeleie-akutt.md", "topic: \"Sengeleie\"", "topic: \"Sengeleie og hvile\"",
                 "a recommendation changes topic"),
        .replace("korsrygg/anbefalinger/sengeleie-akutt.md", "phases: [akutt]", "phases: [akutt, subakutt]",
                 "a recommendation changes phase"),
        .replace("korsrygg/anbefalinger/sengeleie-akutt.md", "direction: mot", "direction: uklar",
                 "a recommendation changes direction, which the guideline's chart counts"),
        .replace("korsrygg/anbefalinger/sengeleie-akutt.md", "order: 6\n", "order: 60\n",
                 "a recommendation moves to the end of its table"),
        .replace("korsrygg/anbefalinger/bilde-nerverot-initialt.md", #"topic: "Nerverotaffeksjon uten røde flagg""#, #"topic: "Nerverotaffeksjon uten røde flagg ved utredning""#,
                 "a recommendation whose strength five others inherit changes topic"),
        .replace("korsrygg/kapitler/epidemiologi.md", "title: Epidemiologi og kostnader", "title: Epidemiologi og kostnader ved ryggplager",
                 "a chapter changes title"),
        .replace("korsrygg/kategorier/kategori-uspesifikke.md", "name: Uspesifikke korsryggsmerter", "name: Uspesifikke ryggsmerter",
                 "a category changes name"),
        .replace("korsrygg/skjema/gule-flagg.md", "title: Gule flagg", "title: Gule flagg (psykososiale faktorer)",
                 "a questionnaire changes title"),
        .replace("korsrygg/brosjyre/hvor-vanlig.md", "Vond rygg er svært vanlig.", "Vond rygg er veldig vanlig.",
                 "a brochure section changes a sentence"),
        .replace("artikler/artikkel-hjorleifsson-2025.md", "title: Praksis og idealer", "title: Praksis og idealer i dag",
                 "an article changes title"),
        .replace("korsrygg/definisjoner/isjias.md", "see: []", "see: [cauda-equina-syndrom]",
                 "a definition refers to another, with the same term and forms"),
        // The text alone: the same front matter, links and mentions.
        .replace("korsrygg/anbefalinger/sengeleie-akutt.md", "sammenlignet med placebo", "sammenlignet med placebo eller ingenting",
                 "a recommendation's documentation, which a chapter's table quotes, gains words"),
        .replace("korsrygg/kapitler/epidemiologi.md", "(se oversikt på www.formi.no).", "(se oversikt på www.formi.no). Tallene er fra 2007.",
                 "a chapter gains a sentence"),
        .replace("korsrygg/kapitler/epidemiologi.md", "## 4.4 Kostnader og konsekvenser", "## 4.4 Kostnader og følger",
                 "a chapter's heading changes"),
        .replace("korsrygg/kategorier/kategori-uspesifikke.md", "- Pasient i god allmenntilstand", "- Pasienten er i god allmenntilstand",
                 "a category's text changes"),
        .replace("korsrygg/skjema/gule-flagg.md", "Eget skjema, oversatt til norsk,", "Et eget skjema, oversatt til norsk,",
                 "a questionnaire's text changes"),
        .replace("korsrygg/definisjoner/isjias.md", "men alltid i isjiasnervens forløp.", "men alltid i isjiasnervens forløp. Begrepet er gammelt.",
                 "a definition's text changes"),
        .replace("korsrygg/anbefalinger/sengeleie-akutt.md", " Se også [aktivitet](@aktivitet-akutt).", "",
                 "a recommendation loses its new link"),
    ]

    @Test func everyEditOfOneEntryGivesWhatAFullBuildGives() throws {
        let content = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let build = try IncrementalBuild(contentRoot: content, templates: SiteBuild.templates, today: Self.today, strict: false)
        let first = try build.update()
        #expect(first.succeeded && first.renderedEverything)
        let firstDifferences = Self.differences(first, try Self.fullBuild(content))
        #expect(firstDifferences == [])
        let allJobs = first.renderedJobs

        for edit in Self.entryEdits {
            try Self.apply(edit, in: content)
            let update = try build.update(contentFiles: [edit.file])
            #expect(update.succeeded, "\(edit): \(update.report.diagnostics.map(\.message)) \(update.brokenLinks)")
            #expect(!update.renderedEverything && update.renderedJobs < allJobs / 2, "\(edit) rendered \(update.renderedJobs) of \(allJobs)")
            #expect(!update.changed.isEmpty, "\(edit) changed nothing")
            let differences = Self.differences(update, try Self.fullBuild(content))
            #expect(differences == [], "\(edit)")
        }
    }

    /// The text of a content file with its id, and the lines given, replaced.
    static func copy(of file: String, in content: URL, id: String, replacing changes: [(String, String)] = []) throws -> String {
        var text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
        let old = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("id: ") })
        text = text.replacingOccurrences(of: old, with: "id: \(id)")
        for (old, new) in changes {
            precondition(text.contains(old), "«\(old)» is not in \(file)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// Steps that add, remove, move and rename entries, each one update: the files it touches.
    static func fileSteps(in content: URL) throws -> [(note: String, edits: [Edit])] {
        let recommendation = "korsrygg/anbefalinger/sengeleie-akutt.md"
        let newRecommendation = try copy(of: recommendation, in: content, id: "sengeleie-kopi", replacing: [("order: 6\n", "order: 60\n")])
        let movedText = try String(contentsOf: content.appendingPathComponent(recommendation), encoding: .utf8)
        let article = try copy(of: "artikler/artikkel-hjorleifsson-2025.md", in: content, id: "artikkel-kopi")
        let category = try copy(of: "korsrygg/kategorier/kategori-uspesifikke.md", in: content, id: "kategori-kopi")
        // The definitions chapter links to «RCT» and two dozen pages mention it: as an article its page
        // moves to artikler/, and its term goes.
        let definitionPath = "korsrygg/definisjoner/rct.md"
        let definition = try String(contentsOf: content.appendingPathComponent(definitionPath), encoding: .utf8)
        let definitionAsArticle = try copy(of: "artikler/artikkel-hjorleifsson-2025.md", in: content, id: "rct")
        // A recommendation's rendered body is kept between rebuilds; its link to the category must follow.
        let categoryAsArticle = try copy(of: "artikler/artikkel-hjorleifsson-2025.md", in: content, id: "kategori-kopi")
        let linkingRecommendation = movedText + "\nSe også [den nye kategorien](@kategori-kopi).\n"
        let categoryPath = "korsrygg/kategorier/kategori-kopi.md"
        func write(_ file: String, _ text: String) -> Edit { Edit(file: file, change: { _ in text }, note: "") }
        func remove(_ file: String) -> Edit { Edit(file: file, change: { _ in nil }, note: "") }
        let copyPath = "korsrygg/anbefalinger/sengeleie-kopi.md"
        return [
            ("a new recommendation", [write(copyPath, newRecommendation)]),
            ("the new recommendation changes its id", [write(copyPath, newRecommendation.replacingOccurrences(of: "id: sengeleie-kopi", with: "id: sengeleie-kopi-2"))]),
            ("the new recommendation is removed", [remove(copyPath)]),
            ("a recommendation is moved to another file", [remove(recommendation), write("korsrygg/anbefalinger/flyttet/sengeleie-akutt.md", movedText)]),
            ("it is moved back", [remove("korsrygg/anbefalinger/flyttet/sengeleie-akutt.md"), write(recommendation, movedText)]),
            ("a new article, which the front page lists", [write("artikler/artikkel-kopi.md", article)]),
            ("the new article is removed", [remove("artikler/artikkel-kopi.md")]),
            ("a new category", [write(categoryPath, category)]),
            ("a recommendation links to the new category", [write(recommendation, linkingRecommendation)]),
            ("the new category becomes an article with the same id", [write(categoryPath, categoryAsArticle)]),
            ("and a category again", [write(categoryPath, category)]),
            ("the recommendation's link is taken out", [write(recommendation, movedText)]),
            ("the new category is removed", [remove(categoryPath)]),
            ("a definition becomes an article with the same id", [write(definitionPath, definitionAsArticle)]),
            ("and a definition again", [write(definitionPath, definition)]),
        ]
    }

    @Test func addedRemovedMovedAndRenamedEntriesGiveWhatAFullBuildGives() throws {
        let content = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let build = try IncrementalBuild(contentRoot: content, templates: SiteBuild.templates, today: Self.today, strict: false)
        let allJobs = try build.update().renderedJobs
        for (note, edits) in try Self.fileSteps(in: content) {
            for edit in edits { try Self.apply(edit, in: content) }
            let update = try build.update(contentFiles: Set(edits.map(\.file)))
            #expect(update.succeeded, "\(note): \(update.report.diagnostics.map(\.message)) \(update.brokenLinks)")
            #expect(!update.renderedEverything && update.renderedJobs < allJobs / 2, "\(note) rendered \(update.renderedJobs) of \(allJobs)")
            let differences = Self.differences(update, try Self.fullBuild(content))
            #expect(differences == [], "\(note)")
        }
        #expect(try build.update(contentFiles: ["korsrygg/anbefalinger/sengeleie-kopi.md"]).removed.isEmpty)
    }

    @Test func aGuidelineFileRendersEverythingAndStillAgrees() throws {
        let content = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let build = try IncrementalBuild(contentRoot: content, templates: SiteBuild.templates, today: Self.today, strict: false)
        _ = try build.update()
        let edit = Edit(file: "korsrygg/guideline.yaml", change: { $0 + "\n" }, note: "the guideline file is saved again")
        try Self.apply(edit, in: content)
        let update = try build.update(contentFiles: [edit.file])
        #expect(update.succeeded && update.renderedEverything)
        #expect(Self.differences(update, try Self.fullBuild(content)) == [])
    }

    @Test func newTermsRenderThePagesThatMentionThemAndStillAgree() throws {
        let content = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let build = try IncrementalBuild(contentRoot: content, templates: SiteBuild.templates, today: Self.today, strict: false)
        let allJobs = try build.update().renderedJobs
        let definition = try Self.copy(of: "korsrygg/definisjoner/isjias.md", in: content, id: "akutt-isjias",
                                       replacing: [("term: \"Isjias\"", "term: \"Akutt isjias\""), ("Isjias er følgelig", "Begrepet er følgelig")])
        let edits: [Edit] = [
            .replace("korsrygg/definisjoner/akutte-korsryggsmerter.md", "forms: [\"akutte ryggsmerter\"]",
                     "forms: [\"akutte ryggsmerter\", \"akutt ryggsmerte\"]", "a definition gains a form"),
            .replace("korsrygg/definisjoner/akutte-korsryggsmerter.md", "forms: [\"akutte ryggsmerter\", \"akutt ryggsmerte\"]",
                     "forms: []", "it loses its forms"),
            // «Akutt isjias» takes the words of «isjias» where both match, so the page of «isjias» loses
            // two mentions. It is neither beside the new file nor mentioned by it, so only the changed
            // mentions can render it again.
            Edit(file: "korsrygg/definisjoner/akutt-isjias.md", change: { _ in definition }, note: "a new definition"),
            Edit(file: "korsrygg/definisjoner/akutt-isjias.md", change: { _ in nil }, note: "the new definition is removed"),
            .replace("korsrygg/definisjoner/akutte-korsryggsmerter.md", "forms: []", "forms: [\"akutte ryggsmerter\"]", "the form back"),
        ]
        for edit in edits {
            try Self.apply(edit, in: content)
            let update = try build.update(contentFiles: [edit.file])
            #expect(update.succeeded, "\(edit): \(update.report.diagnostics.map(\.message))")
            #expect(!update.renderedEverything && update.renderedJobs < allJobs, "\(edit) rendered \(update.renderedJobs) of \(allJobs)")
            let differences = Self.differences(update, try Self.fullBuild(content))
            #expect(differences == [], "\(edit)")
        }
    }

    @Test func aFailedEditPublishesNothingAndTheFixCatchesUp() throws {
        let content = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let build = try IncrementalBuild(contentRoot: content, templates: SiteBuild.templates, today: Self.today, strict: false)
        _ = try build.update()
        let file = "korsrygg/anbefalinger/sengeleie-akutt.md"
        try Self.apply(.replace(file, "som smertelindring initialt.", "som smertelindring initialt. Se [dette](@finnes-ikke).", "a broken link"), in: content)
        let broken = try build.update(contentFiles: [file])
        #expect(!broken.succeeded && broken.changed.isEmpty && broken.site.isEmpty)
        #expect(broken.report.diagnostics.contains { $0.location.file == file && $0.severity == .error })

        // The fix touches another file too; both changes are rendered together.
        try Self.apply(.replace(file, " Se [dette](@finnes-ikke).", " Se [aktivitet](@aktivitet-akutt).", "the fix"), in: content)
        try Self.apply(.replace("korsrygg/brosjyre/hvor-vanlig.md", "Vond rygg er svært vanlig.", "Vond rygg er veldig vanlig.", "a sentence"), in: content)
        let fixed = try build.update(contentFiles: [file, "korsrygg/brosjyre/hvor-vanlig.md"])
        #expect(fixed.succeeded && !fixed.renderedEverything)
        let differences = Self.differences(fixed, try Self.fullBuild(content))
        #expect(differences == [])
        #expect(fixed.changed.contains { $0.path == "anbefalinger/aktivitet-akutt.html" })
    }

    @Test func aTemplateChangeRendersThePagesThatUseItAndStillAgrees() throws {
        let root = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: SiteBuild.templates, to: templates)
        let build = try IncrementalBuild(contentRoot: TestPaths.content, templates: templates, today: Self.today, strict: false)
        let allJobs = try build.update().renderedJobs
        func change(_ file: String, _ old: String, _ new: String) throws {
            let url = templates.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            precondition(text.contains(old), "«\(old)» is not in \(file)")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        func fullBuild() throws -> [String: [UInt8]] {
            let result = try Pipeline.build(contentRoot: TestPaths.content, templates: templates, today: Self.today)
            return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.bytes) })
        }

        // The layout is around every page.
        try change("layout.mustache", "Hopp til innholdet", "Gå til innholdet")
        let layout = try build.update(templatesChanged: true)
        #expect(layout.succeeded && !layout.renderedEverything)
        let pages = layout.site.keys.filter { $0.hasSuffix(".html") }
        #expect(layout.changed.map(\.path).filter { $0.hasSuffix(".html") }.sorted() == pages.sorted())
        #expect(Self.differences(layout, try fullBuild()) == [])

        // A definition's template is used by the definitions' pages alone.
        try change("definition.mustache", "<div class=\"tekst\">", "<p>Endret mal.</p>\n<div class=\"tekst\">")
        let definition = try build.update(templatesChanged: true)
        #expect(definition.succeeded && definition.renderedJobs < allJobs / 2)
        #expect(!definition.changed.isEmpty && definition.changed.allSatisfy { $0.path.hasPrefix("definisjoner/") })
        #expect(Self.differences(definition, try fullBuild()) == [])

        // The overview keeps its rows between rebuilds; rendered through a changed template, they are made again.
        try change("recommendation-row.mustache", "<tr", "<tr data-endret=\"ja\"")
        let row = try build.update(templatesChanged: true)
        #expect(row.changed.map(\.path) == ["anbefalinger/index.html"])
        #expect(Self.differences(row, try fullBuild()) == [])

        // A stylesheet is copied as it is.
        try change("assets/veileder.css", "body", "body ")
        let stylesheet = try build.update(templatesChanged: true)
        #expect(stylesheet.renderedJobs == 1 && stylesheet.changed.map(\.path) == ["assets/veileder.css"])
        #expect(Self.differences(stylesheet, try fullBuild()) == [])

        // Saved without a change: nothing to render.
        #expect(try build.update(templatesChanged: true).renderedJobs == 0)
    }

    @Test func theUpdaterLeavesTheFolderAsAFullPublishWould() throws {
        let content = try Self.copyOfContent()
        let output = content.deletingLastPathComponent().appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let build = try IncrementalBuild(contentRoot: content, templates: SiteBuild.templates, today: Self.today, strict: false)
        let first = try build.update()
        try SitePublisher.publish(first.site.values.sorted { $0.path < $1.path }, to: output)
        for edit in Self.entryEdits.prefix(3) {
            try Self.apply(edit, in: content)
            let update = try build.update(contentFiles: [edit.file])
            try SiteUpdater.apply(changed: update.changed, removed: update.removed, to: output)
        }
        let full = try SiteBuild.files(content: content, today: Self.today)
        #expect(SitePublisher.differences(full, comparedWith: output) == [])
        let leftovers = FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String }.filter { $0.contains(".veileder-tmp-") }
        #expect(leftovers == [])
    }
}
