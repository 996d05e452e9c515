import Foundation
@testable import VeilederKit

/// Builds a content tree with the project's real templates, in memory.
enum SiteBuild {
    static let templates = TestPaths.packageRoot.appendingPathComponent("templates")

    static func files(content: URL, today: CalendarDate? = CalendarDate("2026-11-21")) throws -> [OutputFile] {
        let result = try Pipeline.build(contentRoot: content, templates: templates, today: today)
        guard result.succeeded else {
            throw BuildFailure(diagnostics: result.report.diagnostics, broken: result.brokenLinks)
        }
        return result.files
    }

    static var fixtureSite: [OutputFile] { get throws { try files(content: TestPaths.fixtures.appendingPathComponent("valid")) } }

    static func page(_ path: String, in files: [OutputFile]) throws -> String {
        guard let file = files.first(where: { $0.path == path }) else { throw BuildFailure(diagnostics: [], broken: []) }
        return String(decoding: file.bytes, as: UTF8.self)
    }

    struct BuildFailure: Error, CustomStringConvertible {
        let diagnostics: [Diagnostic]
        let broken: [LinkVerifier.BrokenLink]
        var description: String { "build failed: \(diagnostics.map(\.message)) \(broken)" }
    }
}
