/// Checks every internal link the pages emitted against the files and anchors actually emitted.
public enum LinkVerifier {
    public struct BrokenLink: Sendable, Hashable, CustomStringConvertible {
        public let page: String
        public let href: String
        public let reason: String
        public var description: String { "\(page): «\(href)» \(reason)" }
    }

    public static func verify(_ files: [OutputFile]) -> [BrokenLink] {
        var anchors: [String: Set<String>] = [:]
        for file in files { anchors[file.path] = file.anchors }
        return verify(files, anchorsOf: { anchors[$0] })
    }

    /// Checks the links of some files; `anchorsOf` gives the anchors of the site's file at a path, or
    /// nil when the site has no such file.
    public static func verify(_ files: [OutputFile], anchorsOf: (String) -> Set<String>?) -> [BrokenLink] {
        verify(files, skipping: { _ in nil }, anchorsOf: anchorsOf)
    }

    /// Checks the links of files rendered again when no file and no anchor went away: a group of
    /// links that the earlier version of the file held in the same place was verified then against
    /// the same anchors, and is skipped.
    static func verifyChanged(_ files: [OutputFile], earlier: (String) -> OutputFile?, anchorsOf: (String) -> Set<String>?) -> [BrokenLink] {
        verify(files, skipping: { earlier($0.path)?.linkGroups }, anchorsOf: anchorsOf)
    }

    /// Checks the links of a site of which some files went away or lost anchors (`gone`: by path,
    /// the anchors lost, or nil for a file gone): a group that the file's earlier version held in the
    /// same place (a file that was not rendered again is its own earlier version) was verified then,
    /// and only its links into `gone` are checked again.
    static func verify(
        _ files: some Sequence<OutputFile>, earlier: (OutputFile) -> [[InternalLink]]?, gone: [String: Set<String>?],
        anchorsOf: (String) -> Set<String>?
    ) -> [BrokenLink] {
        // A few paths are compared one by one: cheaper than hashing every link's target.
        let gonePaths = Array(gone.keys)
        let goneSet = Set(gonePaths)
        func intoGone(_ link: InternalLink) -> Bool {
            gonePaths.count <= 8 ? gonePaths.contains(link.target) : goneSet.contains(link.target)
        }
        return verify(files, skipping: earlier, recheck: intoGone, anchorsOf: anchorsOf)
    }

    private static func verify(
        _ files: some Sequence<OutputFile>, skipping verified: (OutputFile) -> [[InternalLink]]?,
        recheck: (InternalLink) -> Bool = { _ in false }, anchorsOf: (String) -> Set<String>?
    ) -> [BrokenLink] {
        var broken: Set<BrokenLink> = []
        for file in files {
            let earlier = verified(file) ?? []
            for (index, group) in file.linkGroups.enumerated() {
                let known = index < earlier.count && group == earlier[index]
                for link in group where !known || recheck(link) {
                    guard let targetAnchors = anchorsOf(link.target) else {
                        broken.insert(BrokenLink(page: file.path, href: link.href, reason: "peker på en fil som ikke finnes"))
                        continue
                    }
                    if let anchor = link.anchor, !targetAnchors.contains(anchor) {
                        broken.insert(BrokenLink(page: file.path, href: link.href, reason: "peker på et anker som ikke finnes"))
                    }
                }
            }
        }
        return broken.sorted { ($0.page, $0.href) < ($1.page, $1.href) }
    }
}
