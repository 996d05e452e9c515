extension String {
    /// The lines of a text split at LF, found on its UTF-8 bytes: much faster than splitting
    /// Characters, or than a generic split of its UTF-8 view (which cost 75 ms of CPU per 10,000
    /// bodies in the body scan).
    var lineSlices: [Substring] {
        var text = self
        let newlines = text.withUTF8 { bytes in bytes.indices.filter { bytes[$0] == 0x0A } }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(newlines.count + 1)
        var start = utf8.startIndex
        for offset in newlines {
            let newline = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<newline])
            start = utf8.index(after: newline)
        }
        lines.append(text[start...])
        return lines
    }

    /// Whether a byte of the text passes the test, read from its contiguous UTF-8: a generic scan of
    /// the UTF-8 view, for every text node, paragraph and escaped text, was a percent of a build.
    func containsByte(where test: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? utf8.contains(where: test)
    }
}
