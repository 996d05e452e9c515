/// Wraps text into lines of at most `width` characters — Characters, so «æøå» count as one each.
/// A word longer than the line is kept whole on a line of its own.
enum TextWrapper {
    static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return firstPrefix.isEmpty ? [] : [firstPrefix.trimmingTrailingSpaces] }
        var lines: [String] = []
        var current = firstPrefix
        var currentHasWord = false
        for word in words {
            let prefix = lines.isEmpty ? firstPrefix : restPrefix
            if !currentHasWord {
                current = prefix + word
                currentHasWord = true
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = restPrefix + word
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
