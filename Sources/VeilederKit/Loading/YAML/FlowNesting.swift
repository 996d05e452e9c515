/// A guard run before Yams, whose composer recurses once per level: finds the first line where
/// flow collections (`[`, `{`) outside quotes and comments nest deeper than a limit.
enum FlowNesting {
    static func firstLineDeeperThan(_ limit: Int, in yaml: Substring) -> Int? {
        var depth = 0
        var line = 1
        var quote: Character?
        var inComment = false
        var previous: Character = "\n"
        for character in yaml {
            defer { previous = character }
            if character == "\n" {
                line += 1
                inComment = false
                if quote == "'" || quote == "\"" { continue }
                continue
            }
            if inComment { continue }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "#" where previous == " " || previous == "\n" || previous == "\t":
                inComment = true
            case "'", "\"":
                if depth > 0 || previous == " " || previous == ":" || previous == "[" || previous == "," {
                    quote = character
                }
            case "[", "{":
                depth += 1
                if depth > limit { return line }
            case "]", "}":
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return nil
    }
}
