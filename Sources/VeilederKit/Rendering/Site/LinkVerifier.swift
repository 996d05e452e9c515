/// Checks every internal link the pages emitted against the files and anchors actually emitted.
public enum LinkVerifier {
    public struct BrokenLink: Sendable, Hashable, CustomStringConvertible {
        public let page: String
        public let href: String
        public let reason: String
        public var description: String { "\(page): «\(href)» \(reason)" }
    }

    /// A whole site's links, in slices on all cores: 10,000 pages hold about 300,000 of them.
    public static func verify(_ files: [OutputFile]) -> [BrokenLink] {
        var anchors: [String: Set<String>] = [:]
        for file in files { anchors[file.path] = file.anchors }
        let lookup = anchors
        let sliceSize = 500
        let slices = stride(from: 0, to: files.count, by: sliceSize).map { files[$0..<min($0 + sliceSize, files.count)] }
        // Each page is in one slice, so no broken link is found twice.
        return slices.parallelMap { verify($0, skipping: { _ in nil }, anchorsOf: { lookup[$0] }) }.joined()
            .sorted { ($0.page, $0.href) < ($1.page, $1.href) }
    }

    /// Checks the links of some files; `anchorsOf` gives the anchors of the site's file at a path, or
    /// nil when the site has no such file.
    public static func verify(_ files: [OutputFile], anchorsOf: (String) -> Set<String>?) -> [BrokenLink] {
        verify(files, skipping: { _ in nil }, anchorsOf: anchorsOf)
    }

    /// Checks the links of files rendered again: a group that the file's earlier version held was
    /// verified then, and only its links into what went away since are checked again (`gone`: by
    /// path, the anchors lost, or nil for a file gone; empty when nothing went away).
    static func verify(
        _ files: some Sequence<OutputFile>, earlier: (OutputFile) -> [[InternalLink]]?, gone: [String: Set<String>?],
        anchorsOf: (String) -> Set<String>?
    ) -> [BrokenLink] {
        verify(files, skipping: earlier, recheck: Gone(gone), anchorsOf: anchorsOf)
    }

    /// Checks the links of files that were not rendered again, all verified before, when files went
    /// away or lost anchors: only the links into `gone`, in the files whose paths `skipping` does not
    /// name (asked only of the files whose bits may lead there).
    static func verifyUnchanged(
        _ files: some Sequence<OutputFile>, skipping: (String) -> Bool, gone: [String: Set<String>?], anchorsOf: (String) -> Set<String>?
    ) -> [BrokenLink] {
        let gone = Gone(gone)
        var broken: Set<BrokenLink> = []
        for file in files where gone.mayConcern(file) && !skipping(file.path) {
            for group in file.linkGroups {
                for link in group where gone.leadsInto(link) { check(link, on: file.path, anchorsOf: anchorsOf, into: &broken) }
            }
        }
        return broken.sorted { ($0.page, $0.href) < ($1.page, $1.href) }
    }

    /// What went away, asked of every link of every file: the few lengths and paths are compared
    /// before anything is hashed.
    private struct Gone {
        let lost: [String: Set<String>?]
        let paths: [String]
        let lengths: [Int]
        let bits: PathBits

        init(_ lost: [String: Set<String>?]) {
            self.lost = lost
            paths = Array(lost.keys)
            lengths = Array(Set(paths.map(\.utf8.count)))
            bits = PathBits(paths)
        }

        /// Whether a file's links may lead into what went away, told from its bits alone.
        func mayConcern(_ file: OutputFile) -> Bool { file.linkedPaths.mayShare(bits) }

        func leadsInto(_ link: InternalLink) -> Bool {
            guard !paths.isEmpty else { return false }
            if paths.count <= 8 {
                guard lengths.contains(link.target.utf8.count), paths.contains(link.target) else { return false }
            }
            guard case .some(let anchors) = lost[link.target] else { return false }
            // A file gone, or an anchor it lost.
            return anchors.map { anchors in link.anchor.map(anchors.contains) ?? false } ?? true
        }
    }

    private static func check(_ link: InternalLink, on page: String, anchorsOf: (String) -> Set<String>?, into broken: inout Set<BrokenLink>) {
        guard let targetAnchors = anchorsOf(link.target) else {
            broken.insert(BrokenLink(page: page, href: link.href, reason: "peker på en fil som ikke finnes"))
            return
        }
        if let anchor = link.anchor, !targetAnchors.contains(anchor) {
            broken.insert(BrokenLink(page: page, href: link.href, reason: "peker på et anker som ikke finnes"))
        }
    }

    private static func verify(
        _ files: some Sequence<OutputFile>, skipping verified: (OutputFile) -> [[InternalLink]]?,
        recheck gone: Gone = Gone([:]), anchorsOf: (String) -> Set<String>?
    ) -> [BrokenLink] {
        var broken: Set<BrokenLink> = []
        for file in files {
            let known = knownGroups(file.linkGroups, earlier: verified(file) ?? [])
            for (group, known) in zip(file.linkGroups, known) {
                for link in group where !known || gone.leadsInto(link) { check(link, on: file.path, anchorsOf: anchorsOf, into: &broken) }
            }
        }
        return broken.sorted { ($0.page, $0.href) < ($1.page, $1.href) }
    }

    /// Which groups the earlier version held in the same order: walked side by side, a group may
    /// follow a few earlier ones that went away (a record removed from the export moves every group
    /// after it). Groups kept from a cache share their storage and compare at once.
    private static func knownGroups(_ groups: [[InternalLink]], earlier: [[InternalLink]]) -> [Bool] {
        guard !earlier.isEmpty else { return Array(repeating: false, count: groups.count) }
        var known: [Bool] = []
        known.reserveCapacity(groups.count)
        var next = 0
        for group in groups {
            if let match = earlier[next..<min(next + 8, earlier.count)].firstIndex(where: { $0 == group }) {
                known.append(true)
                next = match + 1
            } else {
                known.append(false)
            }
        }
        return known
    }
}
