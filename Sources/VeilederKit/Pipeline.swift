import Foundation

/// The order of the stages, in one place: load → link → check → render → verify links (→ publish,
/// which the caller finishes: it commits the `SiteStaging` that rendering wrote into, or hands the
/// files to `SitePublisher`, or compares them with the site instead of writing).
public enum Pipeline {
    /// With `staging`, each file is written there as soon as it is rendered and kept without its
    /// bytes; the caller commits the staging folder if the build succeeded, and discards it if not.
    public static func build(
        contentRoot: URL, templates: URL, today: CalendarDate?, strict: Bool = false, writingTo staging: SiteStaging? = nil
    ) throws -> BuildResult {
        // The templates do not depend on the content: parsing them fills the moments loading and
        // checking leave a core idle. Their errors count only once the content has passed its check.
        let templateSet = BackgroundWork { try TemplateSet.load(from: templates) }
        var timings = StageTimings()
        let loaded = try timings.measure(.load) { try ContentLoader.load(root: contentRoot) }
        let report = check(loaded, today: today, timings: timings)
        timings = report.timings
        guard !report.findings(strict: strict).contains(where: { $0.severity == .error }) else {
            return BuildResult(report: report, files: [], brokenLinks: [], timings: timings)
        }
        let renderer = SiteRenderer(knowledgeBase: report.knowledgeBase, templates: try templateSet.value())
        let files = try timings.measure(.render) {
            try staging.map { staging in try renderer.render(finishing: staging.write) } ?? renderer.render()
        }
        let broken = timings.measure(.verify) { LinkVerifier.verify(files) }
        return BuildResult(report: report, files: files, brokenLinks: broken, timings: timings)
    }

    public static func check(contentRoot: URL, today: CalendarDate?) throws -> CheckReport {
        var timings = StageTimings()
        let loaded = try timings.measure(.load) { try ContentLoader.load(root: contentRoot) }
        return check(loaded, today: today, timings: timings)
    }

    /// Checks an in-memory content tree (path → bytes), as the rule examples do.
    public static func check(files: [String: [UInt8]], today: CalendarDate?) -> CheckReport {
        check(ContentLoader.load(files: files), today: today, timings: StageTimings())
    }

    /// `earlierLinks` and `earlierFindings`: what an incremental build keeps from its previous check.
    static func check(
        _ loaded: LoadedContent, today: CalendarDate?, timings: StageTimings, reusing earlierLinks: Linker.Earlier = Linker.Earlier(),
        findings earlierFindings: (KnowledgeBase) -> Checker.Earlier? = { _ in nil }
    ) -> CheckReport {
        var timings = timings
        let knowledgeBase = timings.measure(.link) { Linker.link(loaded, reusing: earlierLinks) }
        let context = CheckContext(
            knowledgeBase: knowledgeBase, editorial: loaded.editorial, sources: loaded.sources, today: today)
        let findings = timings.measure(.check) { Checker.run(context, reusing: earlierFindings(knowledgeBase)) }
        return CheckReport(
            diagnostics: (loaded.diagnostics + findings.byRule.joined()).sorted(),
            fileCount: loaded.fileCount,
            entryCount: knowledgeBase.entries.count,
            knowledgeBase: knowledgeBase,
            editorial: loaded.editorial,
            ruleFindings: findings,
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
    /// Each rule's findings, for the next incremental check.
    let ruleFindings: Checker.Results
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

public struct BuildResult: Sendable {
    public let report: CheckReport
    /// Empty when the check found errors; without their bytes when they were written as rendered.
    public let files: [OutputFile]
    public let brokenLinks: [LinkVerifier.BrokenLink]
    public var timings: StageTimings

    public var succeeded: Bool { !files.isEmpty && brokenLinks.isEmpty }
    public var pageCount: Int { files.count { $0.path.hasSuffix(".html") } }

    public mutating func recordPublishing(_ seconds: Double) { timings.add(.publish, seconds) }
}
