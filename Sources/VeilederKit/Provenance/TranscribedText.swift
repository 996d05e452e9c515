import Ccmark

/// The text of an entry that claims to come from its source: the body's prose (not the project's
/// own headings such as «Dokumentasjon», not table placeholders) and the transcribed fields.
enum TranscribedText {
    /// Blocks of text (paragraphs, items, cells); word pairs are counted within a block, never across two.
    static func of(_ entry: Entry, in kb: KnowledgeBase) -> [String] {
        var parts = bodyBlocks(entry.body.text)
        switch entry.content {
        case .questionnaire(let questionnaire):
            parts += questionnaire.items.map(\.text) + questionnaire.items.flatMap { $0.options.map(\.label) }
        case .chapter(let chapter):
            parts += chapter.tables.flatMap { $0.rows.flatMap { $0 } }
            parts += chapter.advice.flatMap { [$0.advice, $0.consequence ?? ""] }
            parts += chapter.people.flatMap { $0.members.flatMap { [$0.name, $0.affiliation] } }
            parts += chapter.footnotes.map(\.text)
        default:
            break
        }
        return parts.filter { !$0.isEmpty }
    }

    /// Paragraphs, list items and quotes of a Markdown body as plain text; headings and placeholders left out.
    static func bodyBlocks(_ markdown: String) -> [String] {
        let document = MarkdownDocument(markdown)
        var blocks: [String] = []
        document.walk { node, entering in
            guard entering, node.type == CMARK_NODE_PARAGRAPH else { return }
            let text = node.plainText
            if BlockPlaceholder(parsing: text, location: SourceLocation(file: "", line: 1)) != nil { return }
            blocks.append(text)
        }
        return blocks
    }
}
