struct MojibakeRule: CheckRule {
    static let description = RuleDescription(
        id: "mojibake",
        summary: "Teksten har tegnrot fra PDF-uttrekket: ł ¯ ˘ Ł Ó, �, «Ø» inne i et ord med små bokstaver, «Øn» eller ” etter et tall.",
        rationale: "Uttrekket av 2007-retningslinjen byttet ut ø, Å, æ, è, ≥, °, fi og fl; slike tegn må rettes helt før teksten publiseres.",
        fixIt: "Rett tegnet etter ordet: ł → ø, ¯ → Å, ˘ → æ/Æ, Ł → è, Ó → ≥, ” etter tall → °, Øn → én, GrØnne → Grønne, � → fi, fl, kulepunkt eller anførselstegn.",
        failing: .recommendation(replacing: "nødvendig som", with: "nłdvendig som"),
        passing: .recommendation())

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.sources.flatMap { source in
            ExemptBlocks.lines(of: source).flatMap { number, line in
                problems(in: line).map { column, text in
                    finding(SourceLocation(file: source.path, line: number, column: column),
                            "Tegnrot fra uttrekket: «\(text)».")
                }
            }
        }
    }

    /// Columns (1-based, in characters) and the offending text.
    static func problems(in line: Substring) -> [(Int, String)] {
        let characters = Array(line)
        var found: [(Int, String)] = []
        for (index, character) in characters.enumerated() {
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 1 < characters.count ? characters[index + 1] : " "
            switch character {
            case "ł", "¯", "˘", "Ł", "Ó", "\u{FFFD}":
                found.append((index + 1, String(character)))
            case "Ø" where before.isLowercase || (before.isLetter && after.isLowercase):
                found.append((index + 1, String(characters[max(0, index - 1)...min(characters.count - 1, index + 1)])))
            case "Ø" where after == "n" && !before.isLetter
                && (index + 2 >= characters.count || !characters[index + 2].isLetter):
                found.append((index + 1, "Øn"))
            case "”" where before.isNumber:
                found.append((index + 1, "\(before)”"))
            default:
                break
            }
        }
        return found
    }
}

/// Lines of a file the text rules read: everything but the blocks that quote the source as it was
/// (`corrections`) or hold editors' notes (`review-notes`).
enum ExemptBlocks {
    static let keys = ["corrections:", "review-notes:"]

    static func lines(of source: SourceFile) -> [(number: Int, text: Substring)] {
        var result: [(Int, Substring)] = []
        var inFrontMatter = false
        var exempt = false
        for (index, line) in source.lines.enumerated() {
            if index == 0 && line.trimmingTrailingSpaces == "---" && source.path.hasSuffix(".md") {
                inFrontMatter = true
                continue
            }
            let isFrontMatter = inFrontMatter || source.path.hasSuffix(".yaml")
            if inFrontMatter && line.trimmingTrailingSpaces == "---" {
                inFrontMatter = false
                exempt = false
                continue
            }
            if isFrontMatter, let first = line.first, first != " ", first != "-", first != "#" {
                exempt = keys.contains { line.hasPrefix($0) }
            }
            if !exempt { result.append((index + 1, line)) }
        }
        return result
    }
}
