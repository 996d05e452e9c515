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

    private static func verify(
        _ files: [OutputFile], skipping verified: (OutputFile) -> [[InternalLink]]?, anchorsOf: (String) -> Set<String>?
    ) -> [BrokenLink] {
        var broken: Set<BrokenLink> = []
        for file in files {
            let earlier = verified(file) ?? []
            for (index, group) in file.linkGroups.enumerated() where index >= earlier.count || group != earlier[index] {
                for link in group {
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
