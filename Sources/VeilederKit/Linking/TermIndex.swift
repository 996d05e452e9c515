#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Every defined term and form, indexed by its first word, for finding mentions in running text
/// in one pass: longest match first, whole words, case-insensitive on the first letter only.
///
/// This runs over every paragraph of every entry, several times per build, so it reads UTF-8 bytes
/// and looks words up by a hash of their bytes: no String is made for a word that is no term.
public struct TermIndex: Sendable {
    struct Phrase: Sendable {
        /// The words after the first, as UTF-8.
        let rest: [[UInt8]]
        let definition: EntryID
        var wordCount: Int { rest.count + 1 }
    }

    /// Hash of the first word (first letter lower-cased) → (that word, phrases starting with it, longest first).
    private let phrasesByFirstWord: [UInt64: [(first: [UInt8], phrases: [Phrase])]]

    public init(_ definitions: [(id: EntryID, phrases: [String])]) {
        var grouped: [String: [Phrase]] = [:]
        for (id, phrase) in definitions.flatMap({ definition in definition.phrases.map { (definition.id, $0) } }) {
            let words = TermIndex.words(in: phrase)
            guard let first = words.first else { continue }
            grouped[TermIndex.foldFirstLetter(first), default: []].append(Phrase(rest: words.dropFirst().map { Array($0.utf8) }, definition: id))
        }
        var index: [UInt64: [(first: [UInt8], phrases: [Phrase])]] = [:]
        // In any order: words that share a hash are told apart by their bytes.
        for (first, phrases) in grouped {
            let bytes = Array(first.utf8)
            let sorted = phrases.sorted { ($0.wordCount, $0.definition) > ($1.wordCount, $1.definition) }
            index[FNV1a.hash(bytes), default: []].append((bytes, sorted))
        }
        phrasesByFirstWord = index
        var bits = [UInt64](repeating: 0, count: TermIndex.filterWords)
        for key in index.keys { bits[TermIndex.filterBit(key).word] |= TermIndex.filterBit(key).mask }
        firstWordFilter = bits
    }

    /// A bit per top sixteen bits of a first word's hash: most words of running text start no term,
    /// and are turned away by one bit rather than a dictionary lookup.
    private let firstWordFilter: [UInt64]
    private static let filterWords = 1024

    private static func filterBit(_ key: UInt64) -> (word: Int, mask: UInt64) {
        (Int(truncatingIfNeeded: key >> 54), 1 << ((key >> 48) & 63))
    }

    public var isEmpty: Bool { phrasesByFirstWord.isEmpty }

    /// Non-overlapping mentions in `text`, left to right.
    public func matches(in text: String) -> [TermMatch] {
        guard !isEmpty else { return [] }
        var text = text
        let found: [(start: Int, end: Int, definition: EntryID)] = text.withUTF8 { bytes in
            let words = TermIndex.wordSpans(in: bytes)
            var result: [(start: Int, end: Int, definition: EntryID)] = []
            var index = 0
            while index < words.count {
                if let match = longestPhrase(at: index, of: words, in: bytes) {
                    result.append((words[index].lowerBound, words[index + match.rest.count].upperBound, match.definition))
                    index += match.wordCount
                } else {
                    index += 1
                }
            }
            return result
        }
        let utf8 = text.utf8
        return found.map { match in
            TermMatch(range: utf8.index(utf8.startIndex, offsetBy: match.start)..<utf8.index(utf8.startIndex, offsetBy: match.end),
                      definition: match.definition)
        }
    }

    private func longestPhrase(at index: Int, of words: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Phrase? {
        let first = bytes[words[index]]
        guard let lead = first.first else { return nil }
        // The first word as the index holds it, with its first letter in lower case: an ASCII capital
        // is folded on the fly, another capital by making the folded bytes.
        let asciiCapital = lead >= 0x41 && lead <= 0x5A
        let folded = lead >= 0x80 ? TermIndex.foldedFirstLetter(first) : nil
        let key = asciiCapital ? FNV1a.hash(first.dropFirst(), from: FNV1a.hash(CollectionOfOne(lead | 0x20)))
            : folded.map { FNV1a.hash($0) } ?? FNV1a.hash(first)
        let bit = TermIndex.filterBit(key)
        guard firstWordFilter[bit.word] & bit.mask != 0 else { return nil }
        func isFirstWord(_ candidate: [UInt8]) -> Bool {
            if let folded { return candidate == folded }
            if asciiCapital { return candidate.first == lead | 0x20 && candidate.dropFirst().elementsEqual(first.dropFirst()) }
            return candidate.elementsEqual(first)
        }
        guard let phrases = phrasesByFirstWord[key]?.first(where: { isFirstWord($0.first) })?.phrases else { return nil }
        return phrases.first { phrase in
            index + phrase.rest.count < words.count
                && phrase.rest.indices.allSatisfy { phrase.rest[$0].elementsEqual(bytes[words[index + 1 + $0]]) }
        }
    }

    /// The word's bytes with a first letter beyond ASCII in lower case, or nil when it is no capital.
    private static func foldedFirstLetter(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8]? {
        let (scalar, _) = UTF8Scalar.decode(UnsafeBufferPointer(rebasing: word), at: 0)
        guard scalar.properties.isUppercase else { return nil }
        return Array(foldFirstLetter(String(decoding: word, as: UTF8.self)).utf8)
    }

    /// The words of a text: letters, digits and inner hyphens (a hyphen followed by a letter).
    static func words(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in wordSpans(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) } }
    }

    /// Where the words of UTF-8 text are, as byte ranges.
    static func wordSpans(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        // Norwegian prose has a word every seven bytes or so: room for them saves growing the list
        // a dozen times per paragraph.
        words.reserveCapacity(bytes.count / 6 + 1)
        var start: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next: Int
            let isWordScalar: Bool
            if byte < 0x80 {
                // ASCII, most of a text, told on the byte: a letter, a digit, or an inner hyphen.
                next = index + 1
                isWordScalar = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
                    || (byte == 0x2D && start != nil && next < bytes.count && isLetter(UTF8Scalar.decode(bytes, at: next).scalar))
            } else {
                let (scalar, after) = UTF8Scalar.decode(bytes, at: index)
                next = after
                isWordScalar = isWordCharacter(scalar)
            }
            if isWordScalar {
                if start == nil { start = index }
            } else if let begin = start {
                words.append(begin..<index)
                start = nil
            }
            index = next
        }
        if let begin = start { words.append(begin..<bytes.count) }
        return words
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        // Latin-1 (æ, ø, å, é …) without asking the Unicode tables, which every Norwegian word did.
        if scalar.value < 0x100 { return isLatin1Letter(scalar.value) }
        return scalar.properties.isAlphabetic
    }

    /// The alphabetic scalars of U+0080–U+00FF: ª, µ, º and the letters but × and ÷.
    static func isLatin1Letter(_ value: UInt32) -> Bool {
        value == 0xAA || value == 0xB5 || value == 0xBA || (value >= 0xC0 && value != 0xD7 && value != 0xF7)
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39)
            // No scalar below U+0100 is a nonspacing mark.
            || (scalar.value >= 0x100 && scalar.properties.generalCategory == .nonspacingMark)
    }

    /// Bytes that every mention of the phrase holds as they are: its first word but for the first
    /// letter, which a mention may write as a capital. Empty where that cannot be told (a one-letter
    /// word, a first letter outside Latin-1): then any text may mention it.
    static func fixedPart(of phrase: String) -> [UInt8] {
        guard let first = words(in: phrase).first, let letter = first.unicodeScalars.first, letter.value < 0x100 else { return [] }
        return Array(first.dropFirst().utf8)
    }

    /// The fixed parts of some phrases, each with the place of its rarest byte, which a search looks
    /// for first: common letters would stop it every few bytes.
    struct FixedParts: Sendable {
        private let parts: [(bytes: [UInt8], anchor: Int)]
        /// A phrase without a fixed part may be mentioned anywhere.
        private let anywhere: Bool

        init(of phrases: [String]) {
            let fixed = Set(phrases.map(TermIndex.fixedPart))
            anywhere = fixed.contains([])
            parts = fixed.sorted { $0.lexicographicallyPrecedes($1) }.map { bytes in
                (bytes, bytes.indices.max { FixedParts.rarity(bytes[$0]) < FixedParts.rarity(bytes[$1]) } ?? 0)
            }
        }

        /// Whether any of the texts holds any of the parts: a text that holds none mentions none of the phrases.
        func mayOccur(in texts: [String]) -> Bool {
            anywhere || texts.contains { text in
                var text = text
                return text.withUTF8 { bytes in
                    parts.contains { part in part.bytes.withUnsafeBufferPointer { FixedParts.contains($0, anchor: part.anchor, in: bytes) } }
                }
            }
        }

        /// Whether `bytes` holds `part`: `memchr` to each place of its byte at `anchor`, `memcmp` around it.
        private static func contains(_ part: UnsafeBufferPointer<UInt8>, anchor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress, let start = part.baseAddress, part.count <= bytes.count else { return false }
            var offset = anchor
            let end = bytes.count - (part.count - anchor)
            while offset <= end, let found = memchr(base + offset, Int32(part[anchor]), end - offset + 1) {
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
                if memcmp(base + position, start, part.count) == 0 { return true }
                offset = position + anchor + 1
            }
            return false
        }

        private static let common = Array("erntsilakodgmvfupbhjycwzxq".utf8)

        /// How rare a byte is in Norwegian text, by the letters' frequency: anything but a lower-case
        /// ASCII letter counts as rarest.
        private static func rarity(_ byte: UInt8) -> Int { common.firstIndex(of: byte) ?? common.count }
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
