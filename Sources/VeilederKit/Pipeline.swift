import Foundation

/// The order of the stages, in one place: load → link → check (→ render → publish, in `build`).
public enum Pipeline {
    public static func check(contentRoot: URL, today: CalendarDate?) throws -> CheckReport {
        var timings = StageTimings()
        let loaded = try timings.measure(.load) { try ContentLoader.load(root: contentRoot) }
        return check(loaded, today: today, timings: timings)
    }

    /// Checks an in-memory content tree (path → bytes), as the rule examples do.
    public static func check(files: [String: [UInt8]], today: CalendarDate?) -> CheckReport {
        check(ContentLoader.load(files: files), today: today, timings: StageTimings())
    }

    static func check(_ loaded: LoadedContent, today: CalendarDate?, timings: StageTimings) -> CheckReport {
        var timings = timings
        let knowledgeBase = timings.measure(.link) { Linker.link(loaded) }
        let context = CheckContext(
            knowledgeBase: knowledgeBase, editorial: loaded.editorial, sources: loaded.sources, today: today)
        let findings = timings.measure(.check) { Checker.run(context) }
        return CheckReport(
            diagnostics: (loaded.diagnostics + findings).sorted(),
            fileCount: loaded.fileCount,
            entryCount: knowledgeBase.entries.count,
            knowledgeBase: knowledgeBase,
            editorial: loaded.editorial,
            timings: timings)
    }
}

public struct CheckReport: Sendable {
    public let diagnostics: [Diagnostic]
    public let fileCount: Int
    public let entryCount: Int
    public let knowledgeBase: KnowledgeBase
    /// For `review` and the tests that prove review notes stay out of rendering; never passed to rendering.
    public let editorial: [EditorialRecord]
    public let timings: StageTimings

    /// Findings as they count: with `strict`, every warning is an error.
    public func findings(strict: Bool) -> [Diagnostic] {
        guard strict else { return diagnostics }
        return diagnostics.map { diagnostic in
            var raised = diagnostic
            raised.severity = .error
            return raised
        }
    }
}
