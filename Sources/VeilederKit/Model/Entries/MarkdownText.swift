/// A Markdown body and the file line it starts on, so positions inside it map back to the file.
public struct MarkdownText: Sendable, Hashable {
    public let text: String
    /// The 1-based file line of the body's first line.
    public let firstLine: Int

    public init(_ text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }

    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}
