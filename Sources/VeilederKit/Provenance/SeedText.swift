/// A seed document prepared for comparison: the extraction's encoding defects repaired, and each
/// line split into its table columns, so interleaved columns can be read one at a time.
public struct SeedText: Sendable {
    public let lines: [String]

    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { SeedText.repair(String($0)) }
    }

    /// The repaired text of lines `first...last` (1-based, clamped), one string per column stream:
    /// the whole lines joined, then the first column of every line joined, the second, and so on.
    public func streams(_ spans: [LineSpan]) -> [String] {
        var whole: [String] = []
        var columns: [[String]] = []
        for span in spans {
            let first = max(1, span.first), last = min(lines.count, span.last)
            guard first <= last else { continue }
            for line in lines[(first - 1)...(last - 1)] {
                whole.append(line)
                for (index, segment) in SeedText.columns(of: line).enumerated() {
                    if columns.count <= index { columns.append([]) }
                    columns[index].append(segment)
                }
            }
        }
        return [SeedText.joinLines(whole)] + columns.map(SeedText.joinLines)
    }

    /// Joins lines, removing a hyphen that breaks a word across a line end.
    static func joinLines(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if result.hasSuffix("-"), let next = trimmed.first, next.isLowercase,
               let before = result.dropLast().last, before.isLetter {
                result.removeLast()
                result += trimmed
            } else {
                if !result.isEmpty { result += " " }
                result += trimmed
            }
        }
        return result
    }

    /// Segments of a line separated by tabs or runs of three or more spaces (the PDF's column gaps).
    static func columns(of line: String) -> [String] {
        var segments: [String] = []
        var current = ""
        var spaces = 0
        for character in line {
            if character == "\t" || (character == " " && spaces >= 2) {
                if !current.trimmingCharacters(in: .whitespaces).isEmpty { segments.append(current) }
                current = ""
                spaces = 0
                continue
            }
            spaces = character == " " ? spaces + 1 : 0
            current.append(character)
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { segments.append(current) }
        return segments.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Repairs the encoding defects listed in the seeds' README. The ligature `�` is left as it is:
    /// the comparison folds fi, fl and `�` together.
    static func repair(_ line: String) -> String {
        let characters = Array(line)
        var result = ""
        for (index, character) in characters.enumerated() {
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 1 < characters.count ? characters[index + 1] : " "
            switch character {
            case "ł": result.append("ø")
            case "¯": result.append("Å")
            case "˘": result.append(before.isLetter && before.isLowercase ? "æ" : (after.isLowercase ? "Æ" : "æ"))
            case "Ł": result.append("è")
            case "Ó": result.append("≥")
            case "”" where before.isNumber: result.append("°")
            // «Øn» (én) and «HalldØn» (Halldén): Ø before a final n; «GrØnne» keeps its ø.
            case "Ø" where after == "n" && !(index + 2 < characters.count && characters[index + 2].isLetter)
                && (before.isLowercase || !before.isLetter):
                result.append("é")
            case "Ø" where before.isLetter && (after.isLowercase || before.isLowercase): result.append("ø")
            default: result.append(character)
            }
        }
        return result
    }
}

import Foundation
