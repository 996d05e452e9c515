/// Where a transcribed entry came from: a file in `../shared/seeds/`, one or more line spans,
/// and every change made to the wording beyond encoding and line-break repair.
public struct Provenance: Sendable, Hashable {
    public let document: String
    public let spans: [LineSpan]
    public let corrections: [Correction]

    public init(document: String, spans: [LineSpan], corrections: [Correction] = []) {
        self.document = document
        self.spans = spans
        self.corrections = corrections
    }
}

/// Lines `first...last` of a source document, written `"1880-1885"` or `"1880"`.
public struct LineSpan: Sendable, Hashable, CustomStringConvertible {
    public let first: Int
    public let last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              let first = Int(parts[0]), let last = Int(parts.last!),
              first >= 1, last >= first else { return nil }
        self.init(first: first, last: last)
    }

    public var description: String { first == last ? "\(first)" : "\(first)-\(last)" }
}

public struct Correction: Sendable, Hashable {
    public let from: String
    public let to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
