/// One file of the site: its path, its bytes, and — for pages — the anchors it defines and the
/// internal links it makes, collected while rendering so links are verified without parsing HTML.
///
/// A large file made of kept pieces (the export, the search index) holds them as segments, written
/// one after another: the pieces are not copied into one buffer, and a rebuild that changed one
/// piece tells that the file changed by comparing the others' storage, not their bytes. Its links
/// are kept in groups, one per piece, so that a rebuild verifies only the groups that changed.
public struct OutputFile: Sendable {
    public let path: String
    public let segments: [[UInt8]]
    public let anchors: Set<String>
    let linkGroups: [[InternalLink]]

    public init(path: String, bytes: [UInt8], anchors: Set<String> = [], links: [InternalLink] = []) {
        self.init(path: path, segments: [bytes], anchors: anchors, links: links)
    }

    public init(path: String, segments: [[UInt8]], anchors: Set<String> = [], links: [InternalLink] = []) {
        self.init(path: path, segments: segments, anchors: anchors, linkGroups: [links])
    }

    init(path: String, segments: [[UInt8]], anchors: Set<String> = [], linkGroups: [[InternalLink]]) {
        self.path = path
        self.segments = segments
        self.anchors = anchors
        self.linkGroups = linkGroups
    }

    /// The internal links the file makes, in order.
    public var links: [InternalLink] { linkGroups.count == 1 ? linkGroups[0] : Array(linkGroups.joined()) }

    /// The file's bytes in one array.
    public var bytes: [UInt8] { segments.count == 1 ? segments[0] : Array(segments.joined()) }

    public var byteCount: Int { segments.reduce(0) { $0 + $1.count } }

    /// Whether both files hold the same bytes; segments that share storage are not read.
    public func hasSameBytes(as other: OutputFile) -> Bool {
        if segments == other.segments { return true }
        guard byteCount == other.byteCount else { return false }
        return segments.joined().elementsEqual(other.segments.joined())
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
