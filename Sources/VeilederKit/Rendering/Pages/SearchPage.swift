import Foundation

/// The search page and its index. The index is a script that assigns a global, because browsers refuse
/// `fetch` on `file://`; every address in it is relative to the search page and verified like a link.
struct SearchPage {
    let context: RenderContext

    func render() -> [OutputFile] {
        let path = SitePaths.search
        let page = context.page(path: path, title: "Søk", guideline: nil, links: PageLinks(page: path)) { links in
            context.templates.render(SearchView(
                page: links.href(to: path),
                index: links.href(to: SitePaths.searchIndex), script: links.href(to: SitePaths.searchScript),
                glossary: links.href(to: SitePaths.glossary), recommendations: links.href(to: SitePaths.recommendations)), "search")
        }
        return [page, index()]
    }

    struct Document: Encodable {
        /// Address relative to the search page.
        let u: String
        let t: String
        /// Kind, in words.
        let k: String
        /// Kind, as a code the ranking uses.
        let c: String
        /// Names that count as a match on the title: terms, forms, synonyms, topics.
        let n: [String]
        let x: String
        /// The words of the text, lower-case, each once.
        let w: [String]
    }

    func index() -> OutputFile {
        let kb = context.knowledgeBase
        let links = PageLinks(page: SitePaths.search)
        var documents = kb.entries.compactMap { entry -> Document? in
            if let questionnaire = entry.content.questionnaire, !questionnaire.isOwnedByGuideline, questionnaire.licence == nil { return nil }
            let text = TranscribedText.bodyBlocks(entry.body.text).joined(separator: " ")
            var names: [String] = []
            switch entry.content {
            case .definition(let definition): names = definition.phrases
            case .recommendation(let recommendation): names = [recommendation.topic]
            case .questionnaire(let questionnaire): names = [questionnaire.title] + questionnaire.items.map(\.text)
            case .chapter(let chapter): names = chapter.sections.map(\.title)
            case .category(let category): names = [category.name]
            case .brochure(let section): names = [section.question]
            case .article(let article): names = article.title == "ikke-oppgitt" ? [] : [article.title]
            }
            let words = Set(TermIndex.words(in: text.lowercased()).map(\.text)).sorted()
            return Document(
                u: links.href(to: entry), t: entry.displayTitle, k: entry.kind.label.capitalizedFirst, c: entry.kind.rawValue,
                n: names, x: String(text.prefix(220)), w: words)
        } + kb.guidelines.map { guideline in
            Document(
                u: links.href(to: SitePaths.guideline(guideline.id)), t: guideline.title, k: "Retningslinje", c: "guideline",
                n: [guideline.shortTitle], x: guideline.statusNote,
                w: Set(TermIndex.words(in: "\(guideline.title) \(guideline.statusNote)".lowercased()).map(\.text)).sorted())
        }
        documents.sort { $0.u < $1.u }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(documents)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        let script = "// Søkeindeks, laget av veileder build.\nwindow.VEILEDER_SOKEINDEKS = \(json);\n"
        return OutputFile(path: SitePaths.searchIndex, bytes: Array(script.utf8), links: links.links)
    }
}

struct SearchView {
    let page: String
    let index: String
    let script: String
    let glossary: String
    let recommendations: String
}
