/// Wraps text into lines of at most `width` characters — Characters, so «æøå» count as one each.
/// A word longer than the line is kept whole on a line of its own.
enum TextWrapper {
    /// Widths are counted once per word and added up, rather than counted again on the growing line:
    /// a word begins after a space, so it joins no Character of the line before it (only a text that
    /// begins with a combining mark could join the prefix).
    /// Where every scalar is a Character of its own, a word's width is its count of scalars: the bytes
    /// that start one.
    static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        let scalarsAreCharacters = text.eachScalarIsACharacter
        let words = TextWrapper.pieces(of: text, separatedBy: [0x20, 0x0A, 0x09], keepingEmpty: false, scalarsAreCharacters: scalarsAreCharacters)
        guard !words.isEmpty else { return firstPrefix.isEmpty ? [] : [firstPrefix.trimmingTrailingSpaces] }
        let (firstWidth, restWidth) = (firstPrefix.count, restPrefix.count)
        var lines: [String] = []
        var current = firstPrefix
        var currentWidth = firstWidth
        var currentHasWord = false
        for word in words {
            let wordWidth = scalarsAreCharacters ? word.utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } : word.count
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

extension TextWrapper {
    /// The text split at the given ASCII separators: on its bytes when every scalar in it is a
    /// Character of its own (Latin, their accents, general punctuation), as in almost all content,
    /// else on Characters, where a space followed by a combining mark is not a space. Splitting on
    /// Characters was most of wrapping the plain-text handouts.
    static func pieces(of text: String, separatedBy separators: Set<UInt8>, keepingEmpty: Bool) -> [String] {
        pieces(of: text, separatedBy: separators, keepingEmpty: keepingEmpty,
               scalarsAreCharacters: text.eachScalarIsACharacter)
    }

    /// The same, once the caller knows whether every scalar is a Character. Bytes are looked up in a
    /// table: hashing each into the set was most of splitting.
    private static func pieces(of text: String, separatedBy separators: Set<UInt8>, keepingEmpty: Bool, scalarsAreCharacters: Bool) -> [String] {
        guard scalarsAreCharacters else {
            return text.split(omittingEmptySubsequences: !keepingEmpty) { character in
                character.utf8.count == 1 && separators.contains(character.utf8.first!)
            }.map(String.init)
        }
        var isSeparator = [Bool](repeating: false, count: 256)
        for separator in separators { isSeparator[Int(separator)] = true }
        return text.utf8.split(omittingEmptySubsequences: !keepingEmpty) { isSeparator[Int($0)] }
            .map { String(Substring($0)) }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
