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
        let utf8 = text.utf8
        // Line starts are found on bytes; only the fence lines are looked at as text.
        func lineEnd(from start: String.Index) -> String.Index { utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex }
        func isFence(_ start: String.Index, _ end: String.Index) -> Bool { text[start..<end].trimmingTrailingSpaces == "---" }

        let firstEnd = lineEnd(from: text.startIndex)
        guard isFence(text.startIndex, firstEnd) else {
            return .failure(Diagnostic(
                rule: FrontMatterRule.description,
                location: SourceLocation(file: file.path, line: 1),
                message: "Filen begynner ikke med front matter: første linje må være «---».",
                fixIt: "Start filen med en linje «---», så nøklene (kind:, id: …), så en linje «---» og deretter teksten."))
        }
        var line = 1
        var start = firstEnd
        while start < utf8.endIndex {
            start = utf8.index(after: start)
            line += 1
            let end = lineEnd(from: start)
            if isFence(start, end) {
                let yamlStart = firstEnd < utf8.endIndex ? utf8.index(after: firstEnd) : firstEnd
                let yamlEnd = start > yamlStart ? utf8.index(before: start) : yamlStart
                let bodyStart = end < utf8.endIndex ? utf8.index(after: end) : end
                return .success(SplitFile(
                    yaml: text[yamlStart..<yamlEnd], yamlFirstLine: 2,
                    body: MarkdownText(String(text[bodyStart...]), firstLine: line + 1)))
            }
            start = end
        }
        return .failure(Diagnostic(
            rule: FrontMatterRule.description,
            location: SourceLocation(file: file.path, line: 1),
            message: "Front matter som åpner på linje 1 blir aldri lukket med «---».",
            fixIt: "Legg inn en linje som bare inneholder «---» etter den siste nøkkelen."))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
