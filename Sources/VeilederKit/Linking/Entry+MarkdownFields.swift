extension Entry {
    /// Front-matter fields that hold Markdown and may link: an article's points, a brochure section's
    /// practical information. They are scanned and checked like the body.
    var markdownFields: [MarkdownText] {
        switch content {
        case .article(let article):
            article.points.map { MarkdownText($0.text, firstLine: $0.location.line) }
        case .brochure(let section):
            section.practicalInformation.map { [MarkdownText($0, firstLine: locations["practical-information"].line)] } ?? []
        default:
            []
        }
    }
}
