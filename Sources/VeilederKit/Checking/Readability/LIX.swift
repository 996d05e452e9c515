import Ccmark

/// Läsbarhetsindex: words per sentence plus the share of long words (more than six letters) in
/// percent. A sentence ends at `.`, `!`, `?` or `:`, and every paragraph, list item and heading ends
/// one; digits are not words; a hyphenated compound is one word. Markdown is read through libcmark,
/// so link targets and markup never count.
public struct LIX: Sendable, Hashable {
    public let words: Int
    public let sentences: Int
    public let longWords: Int

    public var value: Double {
        guard words > 0, sentences > 0 else { return 0 }
        return Double(words) / Double(sentences) + 100 * Double(longWords) / Double(words)
    }

    /// «34,5»
    public var formatted: String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
    }

    public init(markdown: String) {
        var words = 0, sentences = 0, long = 0
        let document = MarkdownDocument(markdown)
        document.walk { node, entering in
            guard entering, node.type == CMARK_NODE_PARAGRAPH || node.type == CMARK_NODE_HEADING else { return }
            let counts = LIX.count(node.plainText)
            words += counts.words
            long += counts.long
            sentences += counts.sentences
        }
        self.words = words
        self.sentences = sentences
        self.longWords = long
    }

    /// Words, long words and sentences of one block; the block's end ends its last sentence.
    /// Read on scalars when each is a Character of its own, as in nearly all Norwegian text: splitting
    /// into Characters was most of the readability rule's time.
    static func count(_ text: String) -> (words: Int, long: Int, sentences: Int) {
        guard text.eachScalarIsACharacter else {
            return countCharacters(text)
        }
        return count(Array(text.unicodeScalars)) { scalar in
            scalar.isASCII ? (0x61...0x7A).contains(scalar.value | 0x20) : Character(scalar).isLetter
        }
    }

    /// The same, read on Characters whatever the text holds.
    static func countCharacters(_ text: String) -> (words: Int, long: Int, sentences: Int) {
        count(Array(text), isLetter: \.isLetter)
    }

    private static func count<Element: Equatable & ExpressibleByUnicodeScalarLiteral>(
        _ characters: [Element], isLetter: (Element) -> Bool
    ) -> (words: Int, long: Int, sentences: Int) {
        var words = 0, long = 0, sentences = 0
        var letters = 0
        var sentenceHasWords = false
        func endWord() {
            if letters > 0 {
                words += 1
                if letters > 6 { long += 1 }
                sentenceHasWords = true
            }
            letters = 0
        }
        for (index, character) in characters.enumerated() {
            if isLetter(character) {
                letters += 1
            } else if character == "-", letters > 0, index + 1 < characters.count, isLetter(characters[index + 1]) {
                continue
            } else {
                endWord()
                if character == "." || character == "!" || character == "?" || character == ":", sentenceHasWords {
                    sentences += 1
                    sentenceHasWords = false
                }
            }
        }
        endWord()
        if sentenceHasWords { sentences += 1 }
        return (words, long, sentences)
    }
}
