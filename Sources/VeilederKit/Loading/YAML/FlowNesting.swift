/// A guard run before Yams, whose composer recurses once per level: finds the first line where
/// flow collections (`[`, `{`) outside quotes and comments nest deeper than a limit. Reads bytes:
/// every character that matters here is ASCII.
enum FlowNesting {
    static func firstLineDeeperThan(_ limit: Int, in yaml: Substring) -> Int? {
        // On the contiguous bytes where the text has them: iterating a substring's UTF-8 view cost
        // several times as much per byte.
        if let line = yaml.utf8.withContiguousStorageIfAvailable({ firstLineDeeperThan(limit, inBytes: $0) }) { return line }
        return firstLineDeeperThan(limit, inBytes: yaml.utf8)
    }

    private static func firstLineDeeperThan(_ limit: Int, inBytes yaml: some Sequence<UInt8>) -> Int? {
        var depth = 0
        var line = 1
        var quote: UInt8?
        var inComment = false
        var previous: UInt8 = 0x0A
        for byte in yaml {
            defer { previous = byte }
            if byte == 0x0A {
                line += 1
                inComment = false
                continue
            }
            if inComment { continue }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "#") where previous == 0x20 || previous == 0x0A || previous == 0x09:
                inComment = true
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                if depth > 0 || previous == 0x20 || previous == UInt8(ascii: ":") || previous == UInt8(ascii: "[") || previous == UInt8(ascii: ",") {
                    quote = byte
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return nil
    }
}
