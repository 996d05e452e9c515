import Ccmark
import Foundation

/// Reads a Markdown body through libcmark into a `BodyScan`, mapping positions back to the file.
enum BodyScanner {
    static func scan(_ body: MarkdownText, file: String) -> BodyScan {
        let document = MarkdownDocument(body.text)
        let lines = body.text.split(separator: "\n", omittingEmptySubsequences: false)
        func location(_ node: MarkdownNode) -> SourceLocation {
            let line = max(node.startLine, 1)
            let text = lines.indices.contains(line - 1) ? lines[line - 1] : ""
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
                } else if isPipeTable(startingAt: node.startLine, in: lines) {
                    scan.pipeTables.append(location(node))
                } else {
                    scan.paragraphs.append(BodyParagraph(text: text, hasLink: containsLink(node), location: location(node)))
                }
            case CMARK_NODE_TEXT:
                if !node.isInside(hidden), let text = node.literal { scan.prose.append(text) }
            default:
                break
            }
        }
        return scan
    }

    private static func containsLink(_ node: MarkdownNode) -> Bool {
        node.children.contains { $0.type == CMARK_NODE_LINK || containsLink($0) }
    }

    /// A GitHub-style table: a line with pipes followed by a delimiter row such as `|---|:--:|`.
    static func isPipeTable(startingAt line: Int, in lines: [Substring]) -> Bool {
        guard line >= 1, line < lines.count else { return false }
        let header = lines[line - 1], delimiter = lines[line]
        guard header.contains("|"), delimiter.contains("-") else { return false }
        return delimiter.allSatisfy { "|-: \t".contains($0) } && delimiter.contains("|")
    }
}

extension BlockPlaceholder {
    /// Parses a paragraph of the form `@name` or `@name(a, b)`; nil for anything else.
    init?(parsing text: String, location: SourceLocation) {
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
