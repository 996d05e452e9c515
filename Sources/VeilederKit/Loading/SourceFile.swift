/// A content file's text after decoding: valid UTF-8, no BOM, LF line ends, NFC.
/// Kept for the rules that read raw lines (mojibake, NFC); never passed to rendering,
/// since it still holds the review notes.
public struct SourceFile: Sendable {
    public let path: String
    public let text: String
    /// Whether the file was already in NFC before loading normalised it.
    public let wasNFC: Bool

    public init(path: String, text: String, wasNFC: Bool) {
        self.path = path
        self.text = text
        self.wasNFC = wasNFC
    }

    public var lines: [Substring] { text.lineSlices }
}
