/// Wraps text into lines of at most `width` characters — Characters, so «æøå» count as one each.
/// A word longer than the line is kept whole on a line of its own.
enum TextWrapper {
    /// Widths are counted once per word and added up, rather than counted again on the growing line:
    /// a word begins after a space, so it joins no Character of the line before it (only a text that
    /// begins with a combining mark could join the prefix).
    static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return firstPrefix.isEmpty ? [] : [firstPrefix.trimmingTrailingSpaces] }
        let (firstWidth, restWidth) = (firstPrefix.count, restPrefix.count)
        var lines: [String] = []
        var current = firstPrefix
        var currentWidth = firstWidth
        var currentHasWord = false
        for word in words {
            let wordWidth = word.count
            if !currentHasWord {
                current = (lines.isEmpty ? firstPrefix : restPrefix) + word
                currentWidth = (lines.isEmpty ? firstWidth : restWidth) + wordWidth
                currentHasWord = true
            } else if currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
            } else {
                lines.append(current)
                current = restPrefix + word
                currentWidth = restWidth + wordWidth
            }
        }
        lines.append(current)
        return lines
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
