/// A recommendation body has two parts: the recommendation's text, then `## Dokumentasjon`.
struct RecommendationParts {
    let text: String
    let documentation: String

    static let heading = "## Dokumentasjon"

    init(_ body: String) {
        // The heading stands on a line of its own; look for it on bytes, and slice the text there.
        var body = body
        let split: (end: Int, documentation: Int)? = body.withUTF8 { bytes in
            let marker = Array(("\n" + RecommendationParts.heading).utf8)
            var found: Int?
            if bytes.starts(with: marker.dropFirst()) { found = 0 }
            var index = 0
            while found == nil, index + marker.count <= bytes.count {
                if bytes[index] == 0x0A, bytes[index..<(index + marker.count)].elementsEqual(marker) {
                    let end = index + marker.count
                    if end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x20 { found = index + 1 }
                }
                index += 1
            }
            guard let start = found else { return nil }
            let afterHeading = bytes[(start + marker.count - 1)...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            return (start, afterHeading)
        }
        guard let split else {
            text = body
            documentation = ""
            return
        }
        let utf8 = body.utf8
        text = String(body[..<utf8.index(utf8.startIndex, offsetBy: split.end)])
        documentation = String(body[utf8.index(utf8.startIndex, offsetBy: split.documentation)...])
    }
}
