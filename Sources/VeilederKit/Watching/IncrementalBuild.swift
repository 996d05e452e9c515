import Dispatch
import Foundation

/// A build kept in memory between edits, for `veileder watch`. After a change only the changed files
/// are decoded and scanned, and only the jobs the change can affect are rendered; the result is the
/// same, byte for byte, as a full build of the same content (the tests hold it to that).
///
/// The check always runs over the whole knowledge base, as in a full build: a change to one entry can
/// break a link in another. Nothing is published while the check or the links fail; the changes wait
/// and are rendered with the next edit that succeeds.
public final class IncrementalBuild {
    public struct Update: Sendable {
        public let report: CheckReport
        public let brokenLinks: [LinkVerifier.BrokenLink]
        /// Files that are new or whose bytes changed since the last successful update.
        public let changed: [OutputFile]
        /// Paths of files that the site no longer has.
        public let removed: [String]
        /// Every file of the site as it is now, by path; empty when the update failed.
        public let site: [String: OutputFile]
        public let renderedJobs: Int
        public let renderedEverything: Bool
        public let timings: StageTimings

        public var succeeded: Bool { !site.isEmpty }
    }

    public let contentRoot: URL
    public let templatesFolder: URL
    let today: CalendarDate?
    let strict: Bool

    private var decoded: [String: DecodedFile] = [:]
    private var templates: TemplateSet?
    private let fragments = FragmentCache()
    /// Content files changed since the last successful update.
    private var pending: Set<String> = []
    private var templatesPending = true
    private var published: (knowledgeBase: KnowledgeBase, files: [String: OutputFile], pathsByJob: [SiteRenderer.Job: [String]])?

    public init(contentRoot: URL, templates: URL, today: CalendarDate?, strict: Bool) throws {
        self.contentRoot = contentRoot
        self.templatesFolder = templates
        self.today = today
        self.strict = strict
        let paths = try ContentLoader.contentFiles(under: contentRoot)
        let files = paths.parallelMap { path in ContentLoader.decodeFile(root: contentRoot, path: path) }
        decoded = Dictionary(uniqueKeysWithValues: zip(paths, files))
    }

    /// Rebuilds after the given content files (relative to the content folder; added, changed or
    /// removed) and, if `templatesChanged`, the templates. The first call renders everything.
    /// With `rescan`, the content folder is listed again (a folder was added, moved or removed).
    public func update(contentFiles changed: Set<String> = [], templatesChanged: Bool = false, rescan: Bool = false) throws -> Update {
        var timings = StageTimings()
        var changed = changed.filter(ContentLoader.isContentFile)
        if rescan {
            let listed = try ContentLoader.contentFiles(under: contentRoot)
            changed.formUnion(Set(listed).symmetricDifference(decoded.keys))
        }
        timings.measure(.load) {
            for path in changed {
                if FileManager.default.fileExists(atPath: contentRoot.appendingPathComponent(path).path) {
                    decoded[path] = ContentLoader.decodeFile(root: contentRoot, path: path)
                } else {
                    decoded[path] = nil
                }
            }
        }
        pending.formUnion(changed)
        templatesPending = templatesPending || templatesChanged

        var loaded = LoadedContent()
        for path in decoded.keys.sorted() { loaded.add(decoded[path]!) }
        loaded.fileCount = decoded.count
        let earlier = published.map { Linker.Earlier($0.knowledgeBase, except: pending, keepingTerms: !termsMayHaveChanged(loaded)) }
        let report = Pipeline.check(loaded, today: today, timings: timings, reusing: earlier ?? Linker.Earlier())
        timings = report.timings
        guard !report.findings(strict: strict).contains(where: { $0.severity == .error }) else {
            return failed(report, timings: timings)
        }
        if templatesPending { templates = try TemplateSet.load(from: templatesFolder) }
        let renderer = SiteRenderer(knowledgeBase: report.knowledgeBase, templates: templates!, fragments: fragments)

        let affected = templatesPending ? nil : published.flatMap { AffectedJobs.after(changing: pending, from: $0.knowledgeBase, to: report.knowledgeBase) }
        if let affected {
            fragments.forget(Set(affected.compactMap { if case .entry(let id) = $0 { id } else { nil } }))
        } else {
            fragments.forgetAll()
        }
        let jobs = affected ?? renderer.allJobs
        let rendered = timings.measure(.render) { renderer.renderEach(jobs) }

        var files = affected == nil ? [:] : published?.files ?? [:]
        var pathsByJob = affected == nil ? [:] : published?.pathsByJob ?? [:]
        var removed: Set<String> = affected == nil ? Set(published?.files.keys ?? [:].keys) : []
        var changedFiles: [OutputFile] = []
        var anchorsChanged = affected == nil
        for (job, outputs) in rendered {
            let paths = Set(outputs.map(\.path))
            for path in pathsByJob[job] ?? [] where !paths.contains(path) {
                files[path] = nil
                removed.insert(path)
                anchorsChanged = true
            }
            pathsByJob[job] = outputs.map(\.path)
            for file in outputs {
                removed.remove(file.path)
                let before = published?.files[file.path]
                if before?.bytes != file.bytes { changedFiles.append(file) }
                if before?.anchors != file.anchors { anchorsChanged = true }
                files[file.path] = file
            }
        }

        let broken = timings.measure(.verify) {
            // Links elsewhere can only break if a file or an anchor went away; otherwise checking the
            // rendered files' own links is enough.
            let anchors = files.mapValues(\.anchors)
            return LinkVerifier.verify(anchorsChanged ? Array(files.values) : rendered.flatMap(\.files), against: anchors)
        }
        guard broken.isEmpty else { return failed(report, broken: broken, timings: timings) }

        published = (report.knowledgeBase, files, pathsByJob)
        pending = []
        templatesPending = false
        return Update(
            report: report, brokenLinks: [], changed: changedFiles.sorted { $0.path < $1.path }, removed: removed.sorted(),
            site: files, renderedJobs: jobs.count, renderedEverything: affected == nil, timings: timings)
    }

    /// Whether a pending file is a guideline or was or is a definition: then every mention is found again.
    private func termsMayHaveChanged(_ loaded: LoadedContent) -> Bool {
        let definitionFiles = Set((published?.knowledgeBase.entries ?? []).filter { $0.kind == .definition }.map(\.file))
            .union(loaded.entries.filter { $0.kind == .definition }.map(\.file))
        return pending.contains { $0.hasSuffix("guideline.yaml") || definitionFiles.contains($0) }
    }

    private func failed(_ report: CheckReport, broken: [LinkVerifier.BrokenLink] = [], timings: StageTimings) -> Update {
        Update(report: report, brokenLinks: broken, changed: [], removed: [], site: [:], renderedJobs: 0,
               renderedEverything: false, timings: timings)
    }
}
