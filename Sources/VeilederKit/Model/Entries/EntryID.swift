/// An entry's id: a lowercase ASCII slug that becomes a file name in `site/` and never changes once published.
public struct EntryID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// `a-z`, `0-9` and single inner hyphens, at most 80 characters.
    public var isSafe: Bool { EntryID.isSafeSlug(rawValue) }

    /// a–z, 0–9 and single inner hyphens, at most 80 bytes. Read on bytes: it runs for every entry on
    /// every check.
    public static func isSafeSlug(_ text: String) -> Bool {
        let hyphen = UInt8(ascii: "-")
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= 80, bytes.first != hyphen, bytes.last != hyphen else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == hyphen,
                  !(byte == hyphen && previous == hyphen) else { return false }
            previous = byte
        }
        return true
    }

    public static func < (a: EntryID, b: EntryID) -> Bool { a.rawValue < b.rawValue }
}
