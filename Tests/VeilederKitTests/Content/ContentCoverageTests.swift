import Testing
@testable import VeilederKit

/// The real content as a whole: every part of each table of contents is there, and the site built
/// from it has the pages, links and anchors a reader follows.
@Suite struct ContentCoverageTests {
    static let kb = try! Pipeline.check(contentRoot: TestPaths.content, today: nil).knowledgeBase

    /// Every numbered part of the 2007 guideline exists as a chapter or a chapter section with an
    /// anchor, except the parts marked absent and chapter 10, which the brochure fulfils.
    @Test func everyNumberedPartOfTheContentsIsTranscribed() {
        for guideline in Self.kb.guidelines {
            var declared: Set<String> = []
            for entry in Self.kb.entries where entry.guideline == guideline.id {
                guard let chapter = entry.content.chapter else { continue }
                if let number = chapter.number { declared.insert(number) }
                for section in chapter.sections where !section.anchor.isEmpty { if let number = section.number { declared.insert(number) } }
            }
            for item in guideline.contents {
                guard item.absent == nil, item.fulfilledBy == nil else { continue }
                for part in [item] + item.descendants where part.absent == nil {
                    guard let number = part.number else { continue }
                    #expect(declared.contains(number), "\(guideline.id): \(number) \(part.title) is in no chapter")
                }
            }
        }
    }

    @Test func theBrochureAnswersTheTenQuestionsOfTheCoverInOrder() throws {
        let cover = try #require(Self.kb.guideline("korsrygg")?.brochure)
        let sections = Self.kb.entries.compactMap(\.content.brochure).sorted { $0.order < $1.order }
        #expect(sections.map(\.question) == cover.questions)
        #expect(sections.map(\.order) == Array(1...10))
    }

    @Test func theRealSiteHasThePagesAndAnchorsAReaderFollows() throws {
        let files = try SiteBuild.files(content: TestPaths.content)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
        let chapter = try #require(byPath["kapitler/behandling.html"])
        for anchor in ["avsnitt-7-1-1", "avsnitt-7-2-3", "avsnitt-7-4", "anbefalinger-7-1-1", "fotnote-4"] {
            #expect(chapter.anchors.contains(anchor), "behandling.html#\(anchor)")
        }
        #expect(byPath["kapitler/pasientkommunikasjon.html"]?.anchors.contains("rad-11") == true)
        #expect(byPath["kapitler/innledning.html"]?.anchors.contains("referansegruppen") == true)
        let recommendation = try SiteBuild.page("anbefalinger/sengeleie-akutt.html", in: files)
        #expect(recommendation.contains("href=\"../kapitler/behandling.html#avsnitt-7-1-1\""))
        #expect(recommendation.contains("Anbefales ikke · Sterk grad"))
        #expect(try SiteBuild.page("index.html", in: files).contains("href=\"skjema/rode-flagg.html\""))
        #expect(files.filter { $0.path.hasPrefix("anbefalinger/") && $0.path != "anbefalinger/index.html" }.count == Self.kb.recommendations.count)
    }
}
