import Foundation
import Testing
@testable import VeilederKit

@Suite struct ReproducibilityTests {
    @Test func twoBuildsOfTheSameContentAreByteIdentical() throws {
        let first = try SiteBuild.fixtureSite
        let second = try SiteBuild.fixtureSite
        #expect(first.map(\.path) == second.map(\.path))
        for (a, b) in zip(first, second) { #expect(a.bytes == b.bytes, "\(a.path) differs") }
    }

    @Test func theRealContentBuildsTwiceToTheSameBytes() throws {
        let first = try SiteBuild.files(content: TestPaths.content)
        let second = try SiteBuild.files(content: TestPaths.content)
        #expect(first.count > 100)
        #expect(zip(first, second).allSatisfy { $0.path == $1.path && $0.bytes == $1.bytes })
    }

    @Test func theDateOfTheBuildDoesNotChangeTheSite() throws {
        let early = try SiteBuild.files(content: TestPaths.fixtures.appendingPathComponent("valid"), today: CalendarDate("2026-01-01"))
        let late = try SiteBuild.files(content: TestPaths.fixtures.appendingPathComponent("valid"), today: CalendarDate("2031-06-30"))
        #expect(zip(early, late).allSatisfy { $0.path == $1.path && $0.bytes == $1.bytes })
    }
}
