/// Gives each heading of a body an anchor: a chapter heading that starts with a section number takes
/// that section's anchor; every other heading takes a slug of its text, made unique with `-2`, `-3`.
public enum HeadingAnchors {
    public static func assign(_ headings: [String], sections: [ChapterSection] = [], reserved: Set<String> = []) -> [String] {
        var used = reserved.union(sections.map(\.anchor))
        return headings.map { text in
            if let section = sections.first(where: { $0.number.map { text.hasPrefix($0 + " ") || text == $0 } ?? false }) {
                return section.anchor
            }
            if let section = sections.first(where: { $0.number == nil && $0.title == text }) {
                return section.anchor
            }
            let base = slug(text)
            var candidate = base
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            return candidate
        }
    }

    /// `Råd om aktivitet` → `rad-om-aktivitet`.
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            let folded: String
            switch character {
            case "æ": folded = "ae"
            case "ø": folded = "o"
            case "å": folded = "a"
            case "é", "è", "ê": folded = "e"
            default:
                folded = character.isASCII && (character.isLetter || character.isNumber) ? String(character) : ""
            }
            if folded.isEmpty {
                pendingHyphen = !result.isEmpty
            } else {
                if pendingHyphen { result += "-" }
                result += folded
                pendingHyphen = false
            }
        }
        return result.isEmpty ? "avsnitt" : result
    }
}
