import Testing
@testable import VeilederKit

/// The hardest passages of the 2007 guideline, transcribed as fixtures: the model must hold them honestly.
@Suite struct SourcePassageTests {
    static let kb = try! Pipeline.check(contentRoot: TestPaths.fixtures.appendingPathComponent("valid"), today: nil).knowledgeBase

    func recommendation(_ id: EntryID) throws -> Recommendation {
        try #require(Self.kb.entry(id)?.content.recommendation)
    }

    @Test func starsPairedUncertainlyStaySo() throws {
        let inspection = try recommendation("inspeksjon")
        #expect(inspection.evidence.level == .manglende)
        #expect(inspection.evidence.pairing == .usikker)
    }

    @Test func aLevelPerDocumentationParagraphIsANote() throws {
        let evidence = try recommendation("supplerende-undersokelser").evidence
        #expect(evidence.level == .god)
        #expect(evidence.note?.contains("for SR") == true)
    }

    @Test func aRangeStaysARangeInTheOrderWritten() throws {
        #expect(try recommendation("supplerende-undersokelser").strength.grades == [.moderat, .sterk])
        #expect(try recommendation("ikke-radiologi-initialt").strength.grades == [.sterk, .moderat])
    }

    @Test func aDisplacedCellKeepsBothSpans() throws {
        let spans = try #require(Self.kb.entry("radiologi-akutt")?.provenance?.spans)
        #expect(spans.map(\.description) == ["1837-1841", "1880-1885"])
        #expect(try recommendation("radiologi-akutt").strength.basis == .ikkeOppgitt)
    }

    @Test func twoGradedStatementsInOneCellShareTheDocumentation() throws {
        #expect(try recommendation("aktivitet-akutt").strength.grades == [.sterk])
        let sickLeave = try recommendation("sykmelding-akutt")
        #expect(sickLeave.strength.grades == [.moderat])
        #expect(sickLeave.documentationFrom == "aktivitet-akutt")
        let combination = try recommendation("manipulasjon-kombinasjon-subakutt")
        #expect(combination.direction == .for && combination.documentationFrom == "manipulasjon-subakutt")
        #expect(try recommendation("manipulasjon-subakutt").direction == .ikkeGrunnlag)
    }

    @Test func noBasisToRecommendCanCarryAGrade() throws {
        let prevention = try recommendation("fysisk-aktivitet-primaer")
        #expect(prevention.direction == .ikkeGrunnlag)
        #expect(prevention.strength.grades == [.moderat])
        #expect(prevention.phases == [.primaerforebygging])
    }

    @Test func lostTextIsSaidNotFilled() throws {
        let referral = try recommendation("henvisning-uspesifikke-tapt")
        #expect(referral.gaps.count == 1)
        #expect(referral.gaps[0].contains("mangler i kilden"))
    }

    @Test func sevenLevelsNeverComeFromWording() throws {
        // 7.1.1 prints no stars, even where the documentation says «meget godt dokumentert».
        let activity = try #require(Self.kb.entry("aktivitet-akutt"))
        #expect(activity.body.text.contains("meget godt dokumentert"))
        #expect(activity.content.recommendation?.evidence.level == .ikkeOppgitt)
    }
}
