/// A recommendation body has two parts: the recommendation's text, then `## Dokumentasjon`.
struct RecommendationParts {
    let text: String
    let documentation: String

    static let heading = "## Dokumentasjon"

    init(_ body: String) {
        // The heading stands on a line of its own; look for it on bytes.
        let marker = Array(("\n" + RecommendationParts.heading).utf8)
        let bytes = Array(body.utf8)
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
        guard let start = found else {
            text = body
            documentation = ""
            return
        }
        let afterHeading = bytes[(start + marker.count - 1)...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        text = String(decoding: bytes[..<start], as: UTF8.self)
        documentation = String(decoding: bytes[afterHeading...], as: UTF8.self)
    }
}
