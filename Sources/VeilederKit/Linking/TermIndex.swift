/// Every defined term and form, indexed by its first word, for finding mentions in running text
/// in one pass: longest match first, whole words, case-insensitive on the first letter only.
public struct TermIndex: Sendable {
    struct Phrase: Sendable {
        let words: [String]
        let definition: EntryID
    }

    /// First word (first letter lower-cased) → phrases starting with it, longest first.
    private let phrasesByFirstWord: [String: [Phrase]]

    public init(_ definitions: [(id: EntryID, phrases: [String])]) {
        var index: [String: [Phrase]] = [:]
        for (id, phrases) in definitions {
            for phrase in phrases {
                let words = TermIndex.words(in: phrase).map(\.text)
                guard let first = words.first else { continue }
                index[TermIndex.foldFirstLetter(first), default: []].append(Phrase(words: words, definition: id))
            }
        }
        phrasesByFirstWord = index.mapValues { phrases in
            phrases.sorted { ($0.words.count, $0.definition) > ($1.words.count, $1.definition) }
        }
    }

    public var isEmpty: Bool { phrasesByFirstWord.isEmpty }

    /// Non-overlapping mentions in `text`, left to right.
    public func matches(in text: String) -> [TermMatch] {
        guard !isEmpty else { return [] }
        let words = TermIndex.words(in: text)
        var result: [TermMatch] = []
        var index = 0
        while index < words.count {
            let candidates = phrasesByFirstWord[words[index].folded] ?? []
            let match = candidates.first { phrase in
                index + phrase.words.count <= words.count
                    && zip(phrase.words.dropFirst(), words[(index + 1)...]).allSatisfy { $0 == $1.text }
            }
            if let match {
                let last = words[index + match.words.count - 1]
                result.append(TermMatch(range: words[index].range.lowerBound..<last.range.upperBound, definition: match.definition))
                index += match.words.count
            } else {
                index += 1
            }
        }
        return result
    }

    struct Word {
        let text: String
        let range: Range<String.Index>

        /// The word with its first letter in lower case: the index key.
        var folded: String {
            guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return text }
            return TermIndex.foldFirstLetter(text)
        }
    }

    /// Letters, digits and inner hyphens make a word. Read on Unicode scalars, not Characters: this
    /// runs over every paragraph of every entry.
    static func words(in text: String) -> [Word] {
        let scalars = text.unicodeScalars
        var words: [Word] = []
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let isWordScalar = isWordCharacter(scalar)
                || (scalar == "-" && start != nil && next < scalars.endIndex && isLetter(scalars[next]))
            if isWordScalar {
                if start == nil { start = index }
            } else if let begin = start {
                words.append(Word(text: String(scalars[begin..<index]), range: begin..<index))
                start = nil
            }
            index = next
        }
        if let begin = start { words.append(Word(text: String(scalars[begin...]), range: begin..<scalars.endIndex)) }
        return words
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39)
            || (!scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark)
    }

    static func foldFirstLetter(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }
}

public struct TermMatch: Sendable, Hashable {
    public let range: Range<String.Index>
    public let definition: EntryID
}
