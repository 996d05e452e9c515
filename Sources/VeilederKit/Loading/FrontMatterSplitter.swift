/// A file split at its front-matter fences.
struct SplitFile {
    /// The YAML between the fences.
    let yaml: Substring
    /// The file line of the YAML's first line.
    let yamlFirstLine: Int
    let body: MarkdownText
}

/// Splits `---` fenced YAML front matter from the Markdown body.
enum FrontMatterSplitter {
    static func split(_ file: SourceFile) -> Result<SplitFile, Diagnostic> {
        let text = file.text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(Diagnostic(
                rule: FrontMatterRule.description,
                location: SourceLocation(file: file.path, line: 1),
                message: "Filen begynner ikke med front matter: første linje må være «---».",
                fixIt: "Start filen med en linje «---», så nøklene (kind:, id: …), så en linje «---» og deretter teksten."))
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpaces == "---" }) else {
            return .failure(Diagnostic(
                rule: FrontMatterRule.description,
                location: SourceLocation(file: file.path, line: 1),
                message: "Front matter som åpner på linje 1 blir aldri lukket med «---».",
                fixIt: "Legg inn en linje som bare inneholder «---» etter den siste nøkkelen."))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let bodyLines = lines[(closing + 1)...]
        return .success(SplitFile(
            yaml: Substring(yaml),
            yamlFirstLine: 2,
            body: MarkdownText(bodyLines.joined(separator: "\n"), firstLine: closing + 2)))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
