import Foundation
import Testing

@Suite(.serialized, .enabled(if: Chromium.shouldRun, "Chromium is not installed: browser tests skipped"))
struct OverviewBrowserTests {
    /// Rows of the overview in the DOM, with whether each is hidden and its direction.
    func rows(_ dom: String) -> [(hidden: Bool, direction: String)] {
        dom.components(separatedBy: "<tr data-retning=\"").dropFirst().map { row in
            let direction = String(row.prefix { $0 != "\"" })
            let tag = row.prefix { $0 != ">" }
            return (tag.contains(" hidden"), direction)
        }
    }

    @Test func aFilterInTheURLHidesEveryOtherRowAndEmptyGroup() throws {
        let all = rows(try String(contentsOf: BuiltSite.url("anbefalinger/index.html"), encoding: .utf8))
        #expect(all.count > 100 && all.allSatisfy { !$0.hidden }, "without script every row shows")
        let dom = try Chromium.dumpDOM(BuiltSite.url("anbefalinger/index.html", query: "retning=mot"))
        let filtered = rows(dom)
        #expect(filtered.count == all.count)
        #expect(filtered.filter { !$0.hidden }.allSatisfy { $0.direction == "mot" })
        #expect(filtered.contains { !$0.hidden })
        #expect(filtered.filter { $0.direction != "mot" }.allSatisfy { $0.hidden })
        let visibleCount = filtered.filter { !$0.hidden }.count
        #expect(dom.contains("Viser \(visibleCount) av \(all.count) anbefalinger."))
        // Groups with no «mot» recommendation are hidden (7.1.2, medicines, has none).
        #expect(dom.contains("<section class=\"gruppe\" id=\"gruppe-korsrygg-7-1-2\" aria-labelledby=\"gruppe-korsrygg-7-1-2-tittel\" hidden=\"\">"))
    }

    @Test func twoFiltersCombine() throws {
        let dom = try Chromium.dumpDOM(BuiltSite.url("anbefalinger/index.html", query: "retning=for&styrke=sterk"))
        let visible = dom.components(separatedBy: "<tr data-retning=\"").dropFirst().filter { !$0.prefix { $0 != ">" }.contains(" hidden") }
        #expect(!visible.isEmpty)
        for row in visible {
            let tag = row.prefix { $0 != ">" }
            #expect(tag.hasPrefix("for\"") && tag.contains("data-styrke=\"") && tag.contains("sterk"))
        }
    }
}
