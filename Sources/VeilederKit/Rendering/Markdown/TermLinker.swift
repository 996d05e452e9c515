import Ccmark

/// Links defined terms in running text, once per page: the first mention of each definition becomes
/// a link, longest match first. A definition the page links explicitly, or the page's own, is not linked.
final class TermLinker {
    private let index: TermIndex
    private let knowledgeBase: KnowledgeBase
    private var linked: Set<EntryID>
    /// The definitions that linking found the page's text to mention (`MentionIndex`) and that are not
    /// linked yet, when known: once none is left, the rest of the page's text needs no matching.
    private var unlinkedMentions: Set<EntryID>?

    init(index: TermIndex, knowledgeBase: KnowledgeBase, page: EntryID?, explicitlyLinked: Set<EntryID>, mentioned: Set<EntryID>? = nil) {
        self.index = index
        self.knowledgeBase = knowledgeBase
        self.linked = explicitlyLinked.union(page.map { [$0] } ?? [])
        unlinkedMentions = mentioned?.subtracting(linked)
    }

    func markLinked(_ id: EntryID) {
        linked.insert(id)
        unlinkedMentions?.remove(id)
    }

    /// Splits a text node around the first mentions of not-yet-linked terms.
    func link(_ node: MarkdownNode, links: PageLinks) {
        guard unlinkedMentions?.isEmpty != true, let text = node.literal else { return }
        var pieces: [(text: String, definition: EntryID?)] = []
        var cursor = text.startIndex
        for match in index.matches(in: text) where !linked.contains(match.definition) {
            guard let entry = knowledgeBase.entry(match.definition) else { continue }
            linked.insert(match.definition)
            unlinkedMentions?.remove(match.definition)
            pieces.append((String(text[cursor..<match.range.lowerBound]), nil))
            pieces.append((String(text[match.range]), entry.id))
            cursor = match.range.upperBound
        }
        guard !pieces.isEmpty else { return }
        pieces.append((String(text[cursor...]), nil))
        for piece in pieces where !piece.text.isEmpty {
            let inserted: OpaquePointer?
            if let id = piece.definition, let entry = knowledgeBase.entry(id) {
                inserted = cmark_node_new(CMARK_NODE_LINK)
                cmark_node_set_url(inserted, links.href(to: entry))
                cmark_node_set_title(inserted, "Definisjon: \(entry.content.definition?.term ?? piece.text)")
                let label = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(label, piece.text)
                cmark_node_append_child(inserted, label)
            } else {
                inserted = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(inserted, piece.text)
            }
            if let inserted { cmark_node_insert_before(node.pointer, inserted) }
        }
        cmark_node_free(node.pointer)
    }
}
