/// A recommendation body has two parts: the recommendation's text, then `## Dokumentasjon`.
struct RecommendationParts {
    let text: String
    let documentation: String

    static let heading = "## Dokumentasjon"

    init(_ body: String) {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        if let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == RecommendationParts.heading }) {
            text = lines[..<index].joined(separator: "\n")
            documentation = lines[(index + 1)...].joined(separator: "\n")
        } else {
            text = body
            documentation = ""
        }
    }
}

import Foundation
