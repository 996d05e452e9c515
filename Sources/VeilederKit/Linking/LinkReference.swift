/// What a link in Markdown points at.
public enum LinkReference: Hashable, Sendable {
    /// `@id` or `@id#anker`.
    case entry(EntryID, anchor: String?)
    /// `https:`, `http:`, `mailto:` or `tel:`.
    case external(String)
    /// Anything else: a relative path, a bare `#anker` or an empty target; internal links must use `@id`.
    case unsupported(String)

    public init(_ url: String) {
        if url.hasPrefix("@") {
            let rest = url.dropFirst()
            if let hash = rest.firstIndex(of: "#") {
                let anchor = String(rest[rest.index(after: hash)...])
                self = .entry(EntryID(String(rest[..<hash])), anchor: anchor.isEmpty ? nil : anchor)
            } else {
                self = .entry(EntryID(String(rest)), anchor: nil)
            }
            return
        }
        let lower = url.lowercased()
        if ["https://", "http://", "mailto:", "tel:"].contains(where: lower.hasPrefix) {
            self = .external(url)
        } else {
            self = .unsupported(url)
        }
    }

    /// Schemes a browser would run or that cmark silently drops, whatever the case and whitespace.
    public static func isUnsafe(_ url: String) -> Bool {
        // Asked of every link: the first letters are read as bytes when they are ASCII, as nearly
        // every address is, and otherwise as characters.
        if let start = asciiStart(of: url) { return unsafeSchemes.contains { start.starts(with: $0.utf8) } }
        let scheme = url.lowercased().filter { !$0.isWhitespace }
        return unsafeSchemes.contains(where: scheme.hasPrefix)
    }

    private static let unsafeSchemes = ["javascript:", "vbscript:", "data:", "file:"]

    /// The first eleven bytes of the address that are not whitespace, lower-cased (the longest unsafe
    /// scheme's length); nil if a byte up to the one after them is not ASCII, since a character
    /// there could join a combining mark or be whitespace beyond ASCII.
    private static func asciiStart(of url: String) -> [UInt8]? {
        var start: [UInt8] = []
        start.reserveCapacity(11)
        for byte in url.utf8 {
            guard byte < 0x80 else { return nil }
            if start.count == 11 { return start }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
            start.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return start
    }
}
