extension StringProtocol {
    /// The lines of a text split at LF on UTF-8 bytes, which is much faster than splitting Characters.
    var lineSlices: [Substring] {
        let text = Substring(self)
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }
}
