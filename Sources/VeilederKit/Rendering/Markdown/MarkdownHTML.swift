import Ccmark
import Foundation

/// Renders Markdown to HTML through libcmark, after rewriting its syntax tree: `@id` links become
/// relative hrefs, defined terms become links (once per page), headings get their anchors, and
/// placeholder paragraphs become the blocks they name. Raw HTML never passes (cmark's safe mode).
struct MarkdownHTML {
    let knowledgeBase: KnowledgeBase
    let links: PageLinks
    let terms: TermLinker?
    /// Renders a placeholder paragraph; nil leaves it as text.
    let placeholder: (BlockPlaceholder) -> String?

    /// `headingAnchors` are used in order for the body's headings; headings beyond them get slugs.
    func render(_ markdown: String, headingAnchors: [String] = [], minimumHeadingLevel: Int = 2) -> String {
        let document = MarkdownDocument(markdown)
        var linkNodes: [MarkdownNode] = []
        var textNodes: [MarkdownNode] = []
        var headings: [MarkdownNode] = []
        var placeholders: [(MarkdownNode, BlockPlaceholder)] = []
        document.walk { node, entering in
            guard entering else { return }
            switch node.type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: linkNodes.append(node)
            case CMARK_NODE_HEADING: headings.append(node)
            case CMARK_NODE_TEXT where terms != nil && !node.isInside(MarkdownHTML.noTerms): textNodes.append(node)
            case CMARK_NODE_PARAGRAPH:
                if let parsed = BlockPlaceholder(paragraph: node, location: SourceLocation(file: "", line: 1)) {
                    placeholders.append((node, parsed))
                }
            default: break
            }
        }
        for node in linkNodes { rewriteLink(node) }
        if let terms {
            for node in textNodes { terms.link(node, links: links) }
        }
        for (node, parsed) in placeholders {
            guard let html = placeholder(parsed) else { continue }
            node.replace(withHTML: html)
        }
        var used = Set(headingAnchors)
        for (index, node) in headings.enumerated() {
            let anchor = index < headingAnchors.count
                ? headingAnchors[index] : HeadingAnchors.assign([node.plainText], reserved: used)[0]
            used.insert(anchor)
            links.anchor(anchor)
            let level = min(6, max(minimumHeadingLevel, node.headingLevel))
            node.replace(withHTML: "<h\(level) id=\"\(anchor)\">\(node.renderInlineHTML())</h\(level)>")
        }
        return document.renderHTML()
    }

    /// Text inside these is never linked to a term.
    private static let noTerms: Set<UInt32> = [
        CMARK_NODE_HEADING.rawValue, CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue, CMARK_NODE_CODE.rawValue,
    ]

    private func rewriteLink(_ node: MarkdownNode) {
        guard let url = node.url else { return }
        switch knowledgeBase.resolve(url) {
        case .entry(let id, let anchor):
            guard let entry = knowledgeBase.entry(id) else { return }
            node.setURL(links.href(to: entry, anchor: anchor))
            terms?.markLinked(id)
        case .external:
            break
        case .unknownEntry, .unknownAnchor, .unsupported:
            // `check` reports these before a build; never emit an address that cannot work.
            node.setURL("")
        }
    }
}

extension MarkdownDocument {
    func renderHTML() -> String {
        guard let html = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}

extension MarkdownNode {
    func setURL(_ url: String) { cmark_node_set_url(pointer, url) }

    /// Replaces this block with literal HTML that cmark passes through (a custom block).
    func replace(withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html.hasSuffix("\n") ? html : html + "\n")
        cmark_node_set_on_exit(block, "")
        cmark_node_insert_before(pointer, block)
        cmark_node_free(pointer)
    }

    /// The HTML of this node's inline children, rendered by cmark on their own.
    func renderInlineHTML() -> String {
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return "" }
        defer { cmark_node_free(paragraph) }
        while let child = cmark_node_first_child(pointer) { cmark_node_append_child(paragraph, child) }
        guard let html = cmark_render_html(paragraph, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(html) }
        var text = String(cString: html)
        if text.hasPrefix("<p>") { text.removeFirst(3) }
        while text.hasSuffix("\n") { text.removeLast() }
        if text.hasSuffix("</p>") { text.removeLast(4) }
        return text
    }
}
