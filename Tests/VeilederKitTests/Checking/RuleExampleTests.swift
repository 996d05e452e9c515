import Testing
@testable import VeilederKit

/// Every rule's own failing example must trigger it, and its passing example must give no finding at all.
@Suite struct RuleExampleTests {
    static let today = CalendarDate("2026-11-21")!

    @Test(arguments: RuleCatalog.all.map(\.id))
    func failingExampleTriggersTheRule(id: String) throws {
        let rule = try #require(RuleCatalog.rule(id: id))
        let report = Pipeline.check(files: rule.failing.contentTree, today: Self.today)
        let own = report.diagnostics.filter { $0.ruleID == id }
        #expect(!own.isEmpty, "\(id): the failing example gave \(report.diagnostics.map(\.ruleID))")
        for diagnostic in own {
            #expect(diagnostic.severity == rule.severity)
            #expect(!diagnostic.message.isEmpty && !diagnostic.fixIt.isEmpty)
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
        }
    }

    @Test(arguments: RuleCatalog.all.map(\.id))
    func passingExampleIsClean(id: String) throws {
        let rule = try #require(RuleCatalog.rule(id: id))
        let report = Pipeline.check(files: rule.passing.contentTree, today: Self.today)
        #expect(report.diagnostics.isEmpty, "\(id): \(report.diagnostics.map { "\($0.location) [\($0.ruleID)] \($0.message)" })")
    }

    @Test func ruleIDsAreUniqueKebabCase() {
        let ids = RuleCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber }, "\(id)")
        }
    }

    @Test func everyRuleHasNorwegianTexts() {
        for rule in RuleCatalog.all {
            #expect(rule.summary.hasSuffix("."), "\(rule.id) summary")
            #expect(rule.rationale.hasSuffix("."), "\(rule.id) rationale")
            #expect(rule.fixIt.hasSuffix("."), "\(rule.id) fix-it")
        }
    }
}
