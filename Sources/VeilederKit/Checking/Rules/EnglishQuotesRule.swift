import Ccmark

struct EnglishQuotesRule: CheckRule {
    static let description = RuleDescription(
        id: "english-quotes",
        summary: "Brødteksten bruker engelske anførselstegn (\" eller “ ”) der norsk bruker «».",
        rationale: "Norsk typografi bruker sjevroner; blandede anførselstegn ser uryddige ut og gjør søk ujevnt.",
        fixIt: "Bytt til «» (og ‹› inne i et sitat).",
        failing: .recommendation(replacing: "som terapi, men", with: "som \"terapi\", men"),
        passing: .recommendation())

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.knowledgeBase.entries.flatMap { entry -> [Diagnostic] in
            let lines = entry.body.text.split(separator: "\n", omittingEmptySubsequences: false)
            var findings: [Diagnostic] = []
            let document = MarkdownDocument(entry.body.text)
            document.walk { node, entering in
                guard entering, node.type == CMARK_NODE_TEXT, let text = node.literal,
                      let mark = text.first(where: { $0 == "\"" || $0 == "“" || $0 == "”" || $0 == "„" }) else { return }
                let line = max(node.startLine, 1)
                let column = lines.indices.contains(line - 1) ? (lines[line - 1].firstIndex(of: mark).map { lines[line - 1].distance(from: lines[line - 1].startIndex, to: $0) + 1 } ?? 1) : 1
                findings.append(finding(SourceLocation(file: entry.file, line: entry.body.firstLine + line - 1, column: column),
                                        "Engelsk anførselstegn «\(mark)» i teksten."))
            }
            return findings
        }
    }
}
