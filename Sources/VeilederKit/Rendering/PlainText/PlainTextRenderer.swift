import Ccmark

/// Renders Markdown to plain text from libcmark's syntax tree (never by stripping HTML): headings
/// underlined, lists with bullets and indentation, emphasis without markup, block quotes indented,
/// links reduced to their words and external addresses listed once at the end.
struct PlainTextRenderer {
    static let width = 72

    /// External addresses in the order first met, shared across the parts of one handout.
    final class References {
        private(set) var urls: [String] = []

        func number(for url: String) -> Int {
            if let index = urls.firstIndex(of: url) { return index + 1 }
            urls.append(url)
            return urls.count
        }

        /// «Lenker:» and one numbered line per address, or nothing.
        var text: String {
            guard !urls.isEmpty else { return "" }
            return (["Lenker:"] + urls.enumerated().map { "[\($0.offset + 1)] \($0.element)" }).joined(separator: "\n") + "\n"
        }
    }

    let references: References
    /// The line width this renderer wraps at (less than 72 for text that is indented afterwards).
    var lineWidth = PlainTextRenderer.width
    /// Renders a placeholder paragraph (a recommendation table, a figure) as text; nil drops it.
    var placeholder: (BlockPlaceholder) -> [String]? = { _ in nil }

    init(references: References = References()) {
        self.references = references
    }

    func render(_ markdown: String, headingOffset: Int = 0) -> String {
        let document = MarkdownDocument(markdown)
        let blocks = MarkdownNode(pointer: document.root).children.map { block($0, indent: "", headingOffset: headingOffset) }
        return blocks.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// The lines of one block node at an indentation.
    func block(_ node: MarkdownNode, indent: String, headingOffset: Int = 0) -> [String] {
        switch node.type {
        case CMARK_NODE_HEADING:
            return PlainTextRenderer.heading(inline(node), level: node.headingLevel + headingOffset, indent: indent)
        case CMARK_NODE_PARAGRAPH:
            if let parsed = BlockPlaceholder(paragraph: node, location: SourceLocation(file: "", line: 1)) {
                return placeholder(parsed)?.map { indent + $0 } ?? []
            }
            return paragraphLines(inline(node), first: indent, rest: indent)
        case CMARK_NODE_LIST:
            return list(node, indent: indent)
        case CMARK_NODE_BLOCK_QUOTE:
            return blocks(node.children, indent: indent + "    ")
        case CMARK_NODE_CODE_BLOCK:
            return (node.literal ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { indent + "    " + $0 }
                .map { $0.trimmingTrailingSpaces }.dropLastWhile { $0.isEmpty }
        case CMARK_NODE_THEMATIC_BREAK:
            return [indent + "* * *"]
        default:
            return []
        }
    }

    func blocks(_ nodes: [MarkdownNode], indent: String) -> [String] {
        var lines: [String] = []
        for node in nodes {
            let rendered = block(node, indent: indent)
            guard !rendered.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines += rendered
        }
        return lines
    }

    func list(_ node: MarkdownNode, indent: String) -> [String] {
        let ordered = cmark_node_get_list_type(node.pointer) == CMARK_ORDERED_LIST
        let tight = cmark_node_get_list_tight(node.pointer) != 0
        var number = Int(cmark_node_get_list_start(node.pointer))
        var lines: [String] = []
        for item in node.children {
            let bullet = ordered ? "\(number). " : "- "
            number += 1
            let rest = indent + String(repeating: " ", count: bullet.count)
            var itemLines: [String] = []
            for (index, child) in item.children.enumerated() {
                if child.type == CMARK_NODE_PARAGRAPH {
                    let first = index == 0 ? indent + bullet : rest
                    if !itemLines.isEmpty && !tight { itemLines.append("") }
                    itemLines += paragraphLines(inline(child), first: first, rest: rest)
                } else {
                    if !itemLines.isEmpty && !tight { itemLines.append("") }
                    let nested = block(child, indent: rest)
                    itemLines += index == 0 ? [indent + bullet.trimmingTrailingSpaces] + nested : nested
                }
            }
            if !lines.isEmpty && !tight { lines.append("") }
            lines += itemLines
        }
        return lines
    }

    func paragraphLines(_ text: String, first: String, rest: String) -> [String] {
        // A hard line break inside a paragraph starts a new line.
        var lines: [String] = []
        for (index, part) in TextWrapper.pieces(of: text, separatedBy: [0x0A], keepingEmpty: true).enumerated() {
            lines += TextWrapper.wrap(part, width: lineWidth, firstPrefix: index == 0 ? first : rest, restPrefix: rest)
        }
        return lines
    }

    /// The text of inline nodes: no markup, links as their words, external addresses numbered.
    func inline(_ node: MarkdownNode) -> String {
        node.children.map { child -> String in
            switch child.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: return child.literal ?? ""
            case CMARK_NODE_SOFTBREAK: return " "
            case CMARK_NODE_LINEBREAK: return "\n"
            case CMARK_NODE_HTML_INLINE: return ""
            case CMARK_NODE_LINK:
                let words = inline(child)
                guard let url = child.url, case .external = LinkReference(url) else { return words }
                return "\(words) [\(references.number(for: url))]"
            case CMARK_NODE_IMAGE: return inline(child)
            default: return inline(child)
            }
        }.joined()
    }

    /// A heading, wrapped, underlined with = (levels 1–2) or - (deeper) as long as its longest line.
    static func heading(_ text: String, level: Int, indent: String = "") -> [String] {
        let lines = TextWrapper.wrap(text, width: width, firstPrefix: indent, restPrefix: indent)
        let length = (lines.map(\.count).max() ?? 0) - indent.count
        return lines + [indent + String(repeating: level <= 2 ? "=" : "-", count: max(length, 1))]
    }
}

extension Array where Element == String {
    func dropLastWhile(_ predicate: (String) -> Bool) -> [String] {
        var result = self
        while let last = result.last, predicate(last) { result.removeLast() }
        return result
    }
}
