/// One file of the site: its path, its bytes, and — for pages — the anchors it defines and the
/// internal links it makes, collected while rendering so links are verified without parsing HTML.
public struct OutputFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    public let anchors: Set<String>
    public let links: [InternalLink]

    public init(path: String, bytes: [UInt8], anchors: Set<String> = [], links: [InternalLink] = []) {
        self.path = path
        self.bytes = bytes
        self.anchors = anchors
        self.links = links
    }
}

/// A link from one page to a file of the site, as written in the page.
public struct InternalLink: Sendable, Hashable {
    /// The site-relative path of the target file.
    public let target: String
    public let anchor: String?
    /// The href as emitted, for messages.
    public let href: String
}
