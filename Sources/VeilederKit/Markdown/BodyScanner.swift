import Ccmark
import Foundation

/// Reads a Markdown body through libcmark into a `BodyScan`, mapping positions back to the file.
enum BodyScanner {
    static func scan(_ body: MarkdownText, file: String) -> BodyScan {
        let document = MarkdownDocument(body.text)
        // Lines are only needed to turn byte columns into character columns.
        var cachedLines: [Substring]?
        func lines() -> [Substring] {
            if let cachedLines { return cachedLines }
            let split = body.text.lineSlices
            cachedLines = split
            return split
        }
        func location(_ node: MarkdownNode) -> SourceLocation {
            let line = max(node.startLine, 1)
            guard node.startColumn > 1 else { return SourceLocation(file: file, line: body.firstLine + line - 1, column: 1) }
            let all = lines()
            let text = all.indices.contains(line - 1) ? all[line - 1] : ""
            let column = String(decoding: text.utf8.prefix(max(node.startColumn - 1, 0)), as: UTF8.self).count + 1
            return SourceLocation(file: file, line: body.firstLine + line - 1, column: column)
        }
        let hidden: Set<UInt32> = [CMARK_NODE_HEADING.rawValue, CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue]

        var scan = BodyScan()
        document.walk { node, entering in
            guard entering else { return }
            switch node.type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let link = BodyLink(url: node.url ?? "", text: node.plainText, location: location(node))
                if LinkReference.isUnsafe(link.url) {
                    scan.unsafeLinks.append(link)
                } else {
                    scan.links.append(link)
                }
            case CMARK_NODE_HEADING:
                scan.headings.append(BodyHeading(level: node.headingLevel, text: node.plainText, location: location(node)))
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                scan.rawHTML.append(location(node))
            case CMARK_NODE_PARAGRAPH:
                let text = node.plainText
                if let placeholder = BlockPlaceholder(parsing: text, location: location(node)) {
                    scan.placeholders.append(placeholder)
                } else if text.containsByte(where: { $0 == UInt8(ascii: "|") }), isPipeTable(startingAt: node.startLine, in: lines()) {
                    scan.pipeTables.append(location(node))
                } else {
                    scan.paragraphs.append(BodyParagraph(text: text, hasLink: containsLink(node), location: location(node)))
                }
            case CMARK_NODE_TEXT:
                guard let text = node.literal else { return }
                // Only text with `"` (0x22) or a byte that may start “ ” „ (0xE2) needs a closer look.
                if text.containsByte(where: { $0 == 0x22 || $0 == 0xE2 }),
                   let mark = text.unicodeScalars.first(where: { englishQuotes.contains($0) }) {
                    var place = location(node)
                    let line = max(node.startLine, 1)
                    let all = lines()
                    if all.indices.contains(line - 1), let index = all[line - 1].unicodeScalars.firstIndex(of: mark) {
                        place.column = all[line - 1][..<index].count + 1
                    }
                    scan.englishQuotes.append(QuoteMark(mark: String(mark), location: place))
                }
                if !node.isInside(hidden) { scan.prose.append(text) }
            default:
                break
            }
        }
        return scan
    }

    static let englishQuotes: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}"]

    private static func containsLink(_ node: MarkdownNode) -> Bool {
        node.children.contains { $0.type == CMARK_NODE_LINK || containsLink($0) }
    }

    /// A GitHub-style table: a line with pipes followed by a delimiter row such as `|---|:--:|`.
    static func isPipeTable(startingAt line: Int, in lines: [Substring]) -> Bool {
        guard line >= 1, line < lines.count else { return false }
        let header = lines[line - 1].utf8, delimiter = lines[line].utf8
        let bar = UInt8(ascii: "|"), dash = UInt8(ascii: "-")
        guard header.contains(bar), delimiter.contains(dash), delimiter.contains(bar) else { return false }
        return delimiter.allSatisfy { [bar, dash, UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains($0) }
    }
}

extension BlockPlaceholder {
    /// The placeholder a paragraph is, if it is one; its text is made only when its first byte could begin one.
    init?(paragraph: MarkdownNode, location: SourceLocation) {
        guard let first = paragraph.plainTextFirstByte, first == UInt8(ascii: "@") || first == UInt8(ascii: " ") else { return nil }
        self.init(parsing: paragraph.plainText, location: location)
    }

    /// Parses a paragraph of the form `@name` or `@name(a, b)`; nil for anything else.
    init?(parsing text: String, location: SourceLocation) {
        guard text.utf8.first == UInt8(ascii: "@") || text.utf8.first == UInt8(ascii: " ") else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("@"), !trimmed.contains(" ") || trimmed.contains("(") else { return nil }
        let body = trimmed.dropFirst()
        let name: Substring
        var arguments: [String] = []
        if let open = body.firstIndex(of: "(") {
            guard body.hasSuffix(")") else { return nil }
            name = body[..<open]
            arguments = body[body.index(after: open)..<body.index(before: body.endIndex)]
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            name = body
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        self.init(name: String(name), arguments: arguments, location: location)
    }
}
