#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

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
    /// The paths its links lead to, one bit each: a rebuild that removed a page reads the links of
    /// only the files that may lead to it.
    let linkedPaths: PathBits

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
        var linkedPaths = PathBits()
        for group in linkGroups {
            for link in group { linkedPaths.insert(link.target) }
        }
        self.linkedPaths = linkedPaths
    }

    /// The file as verifying sees it, once its bytes are written: path, anchors and links.
    var withoutBytes: OutputFile {
        OutputFile(path: path, segments: [], anchors: anchors, linkGroups: linkGroups, linkedPaths: linkedPaths)
    }

    private init(path: String, segments: [[UInt8]], anchors: Set<String>, linkGroups: [[InternalLink]], linkedPaths: PathBits) {
        self.path = path
        self.segments = segments
        self.anchors = anchors
        self.linkGroups = linkGroups
        self.linkedPaths = linkedPaths
    }

    /// The internal links the file makes, in order.
    public var links: [InternalLink] { linkGroups.count == 1 ? linkGroups[0] : Array(linkGroups.joined()) }

    /// The file's bytes in one array.
    public var bytes: [UInt8] { segments.count == 1 ? segments[0] : Array(segments.joined()) }

    public var byteCount: Int { segments.reduce(0) { $0 + $1.count } }

    /// Whether both files hold the same bytes; segments that share storage are not read.
    public func hasSameBytes(as other: OutputFile) -> Bool {
        guard byteCount == other.byteCount else { return false }
        var cursor = SegmentCursor(other.segments)
        for segment in segments where !segment.isEmpty {
            guard segment.withUnsafeBytes({ cursor.consume($0) }) else { return false }
        }
        return cursor.isAtEnd
    }
}

/// A set of paths as 256 bits, one per path by its FNV-1a hash: it may say a path is in it that is
/// not, never the reverse.
struct PathBits: Sendable, Equatable {
    private var words: SIMD4<UInt64> = .zero

    init() {}

    init(_ paths: some Sequence<String>) {
        for path in paths { insert(path) }
    }

    mutating func insert(_ path: String) {
        var path = path
        let bit = path.withUTF8 { FNV1a.hash($0) } & 255
        words[Int(bit >> 6)] |= 1 << (bit & 63)
    }

    func mayShare(_ other: PathBits) -> Bool { words & other.words != .zero }
}

/// A link from one page to a file of the site, as written in the page.
public struct InternalLink: Sendable, Hashable {
    /// The site-relative path of the target file.
    public let target: String
    public let anchor: String?
    /// The href as emitted, for messages.
    public let href: String
}

/// Reads through segments in order, comparing what it passes.
struct SegmentCursor {
    let segments: [[UInt8]]
    var segment = 0
    var offset = 0

    init(_ segments: [[UInt8]]) { self.segments = segments.filter { !$0.isEmpty } }

    var isAtEnd: Bool { segment == segments.count }

    /// Whether the next bytes are `bytes`; moves past them.
    mutating func consume(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var compared = 0
        while compared < bytes.count {
            guard segment < segments.count else { return false }
            let length = min(bytes.count - compared, segments[segment].count - offset)
            // Storage shared by both sides (a kept piece) is the same without reading it.
            let same = segments[segment].withUnsafeBytes { mine in
                let (a, b) = (mine.baseAddress! + offset, bytes.baseAddress! + compared)
                return a == b || memcmp(a, b, length) == 0
            }
            guard same else { return false }
            compared += length
            offset += length
            if offset == segments[segment].count { (segment, offset) = (segment + 1, 0) }
        }
        return true
    }
}
