struct MojibakeRule: CheckRule {
    static let description = RuleDescription(
        id: "mojibake",
        summary: "Teksten har tegnrot fra PDF-uttrekket: ł ¯ ˘ Ł Ó, �, «Ø» inne i et ord med små bokstaver, «Øn» eller ” etter et tall.",
        rationale: "Uttrekket av 2007-retningslinjen byttet ut ø, Å, æ, è, ≥, °, fi og fl; slike tegn må rettes helt før teksten publiseres.",
        fixIt: "Rett tegnet etter ordet: ł → ø, ¯ → Å, ˘ → æ/Æ, Ł → è, Ó → ≥, ” etter tall → °, Øn → én, GrØnne → Grønne, � → fi, fl, kulepunkt eller anførselstegn.",
        failing: .recommendation(replacing: "nødvendig som", with: "nłdvendig som"),
        passing: .recommendation())

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.sources.filter { mayContainDebris($0.text) }.flatMap { source in
            ExemptBlocks.lines(of: source).flatMap { number, line in
                problems(in: line).map { column, text in
                    finding(SourceLocation(file: source.path, line: number, column: column),
                            "Tegnrot fra uttrekket: «\(text)».")
                }
            }
        }
    }

    /// A fast byte-level rejection: true if the UTF-8 holds any suspect scalar (ł Ł ¯ ˘ Ó Ø ” U+FFFD).
    /// Reads the contiguous UTF-8 buffer: the string iterator's per-byte checks made this the costliest
    /// rule on a large knowledge base.
    static func mayContainDebris(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 {
                    switch (previous, byte) {
                    case (0xC5, 0x81), (0xC5, 0x82), (0xC2, 0xAF), (0xCB, 0x98), (0xC3, 0x93), (0xC3, 0x98): return true
                    case (0x80, 0x9D) where beforePrevious == 0xE2: return true
                    case (0xBF, 0xBD) where beforePrevious == 0xEF: return true
                    default: break
                    }
                }
                beforePrevious = previous
                previous = byte
            }
            return false
        }
    }

    /// Whether a line may hold a finding, decided on its UTF-8 without building Characters: in a file
    /// that holds a suspect anywhere, most lines hold none, and most of the rest only a ” after a letter
    /// or a space, which the source's quotations are full of. The suspects are ł Ł ¯ ˘ Ó Ø and U+FFFD;
    /// ” only after a digit or after a scalar beyond ASCII (², ½, or the end of a Character of several
    /// scalars): a Character that ends in any other ASCII scalar is that scalar alone, and no number.
    /// A lead byte is never a continuation byte, so each suspect's bytes found anywhere are that suspect.
    static func needsCharacters(_ line: Substring) -> Bool {
        line.utf8.withContiguousStorageIfAvailable(needsCharacters(utf8:)) ?? Array(line.utf8).withUnsafeBufferPointer(needsCharacters(utf8:))
    }

    private static func needsCharacters(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            let (byte, next) = (bytes[index], bytes[index + 1])
            if byte >= 0xC2 {
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                switch (byte, next) {
                case (0xC5, 0x81), (0xC5, 0x82), (0xC2, 0xAF), (0xCB, 0x98), (0xC3, 0x93), (0xC3, 0x98): return true
                case (0xEF, 0xBF) where third == 0xBD: return true
                case (0xE2, 0x80) where third == 0x9D:
                    let previous = index > 0 ? bytes[index - 1] : 0x20
                    if previous >= 0x80 || (0x30...0x39).contains(previous) { return true }
                default: break
                }
            }
            index += 1
        }
        return false
    }

    /// Columns (1-based, in characters) and the offending text.
    static func problems(in line: Substring) -> [(Int, String)] {
        needsCharacters(line) ? characterProblems(in: line) : []
    }

    /// The same, read on Characters: what `problems(in:)` finds where `needsCharacters` lets it look.
    static func characterProblems(in line: Substring) -> [(Int, String)] {
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
