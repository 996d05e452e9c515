/// FNV-1a, 64 bits: cheap, and good enough to spread words and terms over a hash table.
enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of `bytes`, or of whatever was hashed into `start` followed by them.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from start: UInt64 = offsetBasis) -> UInt64 {
        var hash = start
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
