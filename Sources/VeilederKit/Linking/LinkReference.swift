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

    /// Schemes a browser would run or that cmark silently drops.
    public static func isUnsafe(_ url: String) -> Bool {
        let scheme = url.lowercased().filter { !$0.isWhitespace }
        return ["javascript:", "vbscript:", "data:", "file:"].contains(where: scheme.hasPrefix)
    }
}
