import Foundation
import Testing
@testable import VeilederKit

/// The entries must match what a reader listed from the source, and every manifest must have had its
/// second read.
@Suite struct ManifestTests {
    static let kb = try! Pipeline.check(contentRoot: TestPaths.content, today: nil).knowledgeBase
    static let manifests = try! Manifest.all()

    @Test func everyManifestHasBeenCheckedByASecondReader() {
        #expect(Self.manifests.count >= 6)
        for manifest in Self.manifests {
            #expect(!manifest.secondReader.isEmpty, "\(manifest.file) has no second reader")
        }
    }

    @Test func recommendationsMatchTheirManifestFieldByField() {
        for manifest in Self.manifests {
            for item in manifest.recommendations {
                let id = EntryID(item.text("id") ?? "")
                guard let recommendation = Self.kb.entry(id)?.content.recommendation else {
                    Issue.record("\(manifest.file): no recommendation «\(id)»")
                    continue
                }
                let place = "\(manifest.file) \(id)"
                #expect(recommendation.section == item.text("section"), "\(place) section")
                #expect(recommendation.table == Int(item.text("table") ?? "1"), "\(place) table")
                #expect(recommendation.order == Int(item.text("order") ?? ""), "\(place) order")
                #expect(recommendation.direction.rawValue == item.text("direction"), "\(place) direction")
                #expect(recommendation.directionAsWritten == item.text("direction-as-written"), "\(place) direction-as-written")
                #expect(recommendation.strength.grades.map(\.rawValue) == item.texts("grades"), "\(place) grades")
                #expect(recommendation.strength.asWritten == item.text("strength-as-written"), "\(place) strength-as-written")
                #expect(recommendation.strength.basis.rawValue == item.text("basis"), "\(place) basis")
                #expect((recommendation.strength.from?.rawValue ?? "") == (item.text("from") ?? ""), "\(place) from")
                #expect(recommendation.evidence.level.rawValue == item.text("level"), "\(place) level")
                #expect(recommendation.evidence.pairing.rawValue == (item.text("pairing") ?? "sikker"), "\(place) pairing")
                if item["phases"] != nil {
                    #expect(recommendation.phases.map(\.rawValue) == item.texts("phases"), "\(place) phases")
                }
            }
        }
    }

    /// No recommendation in a manifest's sections that the manifest does not list.
    @Test func noRecommendationOutsideTheManifests() {
        let listed = Set(Self.manifests.flatMap { $0.recommendations.compactMap { $0.text("id") } })
        let transcribed = Self.kb.recommendations.filter { $0.entry.provenance != nil }.map(\.entry.id.rawValue)
        for id in transcribed where !listed.contains(id) {
            Issue.record("recommendation «\(id)» is in no manifest")
        }
        #expect(listed.count == transcribed.count)
    }

    @Test func definitionsAndCategoriesMatch() {
        for manifest in Self.manifests {
            for item in manifest.definitions {
                let id = EntryID(item.text("id") ?? "")
                guard let definition = Self.kb.entry(id)?.content.definition else {
                    Issue.record("\(manifest.file): no definition «\(id)»")
                    continue
                }
                #expect(definition.term == item.text("term"), "\(id) term")
                #expect(definition.see.map(\.rawValue) == item.texts("see"), "\(id) see")
            }
            for item in manifest.categories {
                let id = EntryID(item.text("id") ?? "")
                let category = Self.kb.entry(id)?.content.category
                #expect(category?.share == item.text("share"), "\(id) share")
                #expect(category?.name == item.text("name"), "\(id) name")
            }
        }
        let definitions = Self.manifests.flatMap(\.definitions)
        #expect(definitions.count == 32)
        #expect(Self.kb.entries.filter { $0.kind == .definition && $0.guideline == "korsrygg" && $0.provenance != nil }.count == 32)
    }

    @Test func listsMatchTheirEntriesItemByItem() throws {
        for manifest in Self.manifests {
            for list in manifest.lists {
                let id = list.text("id") ?? ""
                switch list.text("kind") {
                case "questionnaire":
                    let questionnaire = try #require(Self.kb.entry(EntryID(id))?.content.questionnaire, "\(id)")
                    let texts = questionnaire.items.count == 1 && !questionnaire.items[0].options.isEmpty
                        ? questionnaire.items[0].options.map(\.label) : questionnaire.items.map(\.text)
                    #expect(texts == list.texts("items"), "\(manifest.file) \(id)")
                case "people":
                    let group = Self.kb.entries.compactMap { $0.content.chapter?.people.first { $0.id == id } }.first
                    let expected = (list["items"] as? [[String: Any]] ?? []).map { $0.text("name") ?? "" }
                    #expect(group?.members.map(\.name) == expected, "\(manifest.file) \(id)")
                case "advice":
                    let chapter = try #require(Self.kb.entry(EntryID(list.text("entry") ?? ""))?.content.chapter, "\(id)")
                    for item in list["items"] as? [[String: Any]] ?? [] {
                        let block = chapter.advice.first { $0.id == item.text("id") }
                        #expect(block?.advice == item.text("advice"), "\(id) \(item.text("id") ?? "")")
                        #expect(block?.consequence == item.text("consequence"), "\(id) \(item.text("id") ?? "") consequence")
                    }
                case "references":
                    let article = try #require(Self.kb.entry(EntryID(id))?.content.article, "\(id)")
                    let expected = (list["items"] as? [[String: Any]] ?? []).map { "\($0.text("number") ?? ""): \($0.text("text") ?? "")" }
                    #expect(article.references.map { "\($0.number): \($0.text)" } == expected, "\(id)")
                case "chapter-list":
                    // The items stand, in order, in the running text of the chapter the list belongs to.
                    let chapterID = EntryID(String(id.split(separator: "-")[0]))
                    let entry = try #require(Self.kb.entry(chapterID), "\(id): no chapter «\(chapterID)»")
                    let body = ComparableText.words(TranscribedText.bodyBlocks(entry.body.text).joined(separator: " ")).joined(separator: " ")
                    for item in list.texts("items") {
                        let words = ComparableText.words(item).joined(separator: " ")
                        #expect(body.contains(words), "\(id): «\(item.prefix(60))» not in \(chapterID)")
                    }
                default:
                    Issue.record("\(manifest.file): unknown list kind \(list.text("kind") ?? "nil")")
                }
            }
        }
    }
}
