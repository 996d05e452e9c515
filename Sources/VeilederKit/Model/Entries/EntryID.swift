/// An entry's id: a lowercase ASCII slug that becomes a file name in `site/` and never changes once published.
public struct EntryID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// `a-z`, `0-9` and single inner hyphens, at most 80 characters.
    public var isSafe: Bool { EntryID.isSafeSlug(rawValue) }

    public static func isSafeSlug(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 80,
              text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    public static func < (a: EntryID, b: EntryID) -> Bool { a.rawValue < b.rawValue }
}
