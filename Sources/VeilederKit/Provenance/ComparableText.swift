/// Text folded for comparing an entry with its source: lower case, only letters and digits, the
/// ligatures fi and fl and the extraction's `�` folded into one symbol, and split into words.
enum ComparableText {
    static let ligature: Character = "§"

    /// `glueStraySpace` reads «Uspesi� kke» as one word, as the short version needs; without it,
    /// «Myelogra� anbefales» stays two. Source text is read both ways.
    static func words(_ text: String, glueStraySpace: Bool = false) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(text.lowercased())
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "f", index + 1 < characters.count, characters[index + 1] == "i" || characters[index + 1] == "l" {
                current.append(ligature)
                index += 2
                continue
            }
            if character == "\u{FFFD}" {
                // A ligature inside a word; a bullet or quotation mark elsewhere.
                let before = index > 0 && characters[index - 1].isLetter
                let after = index + 1 < characters.count && (characters[index + 1].isLetter || characters[index + 1] == " ")
                if before || (after && index + 1 < characters.count && characters[index + 1].isLetter) {
                    current.append(ligature)
                } else if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                // «Uspesi� kke»: the short version puts a stray space after the ligature.
                if glueStraySpace, before, index + 2 < characters.count, characters[index + 1] == " ", characters[index + 2].isLetter {
                    index += 2
                    continue
                }
                index += 1
                continue
            }
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "-" || character == "–" {
                // A hyphen joins: «RCT-studier» and a line-end «RCT-/studier» compare alike.
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
            index += 1
        }
        if !current.isEmpty { words.append(current) }
        // `�` at a word's edge may be a quotation mark rather than a ligature: compare without it.
        return words.map { word in
            var word = Substring(word)
            while word.first == ligature { word = word.dropFirst() }
            while word.last == ligature { word = word.dropLast() }
            return String(word)
        }.filter { !$0.isEmpty }
    }

    /// Adjacent word pairs, the unit of containment.
    static func bigrams(_ words: [String]) -> [String] {
        guard words.count > 1 else { return words }
        return (0..<(words.count - 1)).map { words[$0] + " " + words[$0 + 1] }
    }

    /// Whether `phrase` occurs in `text`, both folded; «…» in the phrase separates parts that must
    /// each occur.
    static func contains(_ text: String, phrase: String) -> Bool {
        let haystack = " " + words(text).joined(separator: " ") + " "
        return phrase.components(separatedBy: "…").allSatisfy { part in
            let needle = words(part).joined(separator: " ")
            return needle.isEmpty || haystack.contains(" " + needle + " ")
        }
    }
}
