/// Renders the whole site from the knowledge base: a pure function from the base and templates to files.
public struct SiteRenderer {
    let context: RenderContext

    public init(knowledgeBase: KnowledgeBase, templates: TemplateSet) {
        context = RenderContext(knowledgeBase: knowledgeBase, templates: templates, index: SiteIndex(knowledgeBase))
    }

    public func render() -> [OutputFile] {
        let context = self.context
        let kb = context.knowledgeBase
        let entryPages = kb.entries.parallelMap { entry -> OutputFile? in
            switch entry.content {
            case .recommendation(let recommendation): RecommendationPage(context: context).render(entry, recommendation)
            case .chapter(let chapter): ChapterPage(context: context).render(entry, chapter)
            case .questionnaire(let questionnaire): QuestionnairePage(context: context).render(entry, questionnaire)
            case .brochure: nil
            case .definition, .category, .article: EntryPages(context: context).render(entry)
            }
        }
        var files = [
            FrontPage(context: context).render(), RecommendationsPage(context: context).render(),
            GlossaryPage(context: context).render(),
        ]
        files += SearchPage(context: context).render()
        files += kb.guidelines.map { GuidelinePage(context: context).render($0) }
        files += [BrochurePage(context: context).render()].compactMap { $0 }
        files += entryPages.compactMap { $0 }
        files += Handouts(context: context).render()
        files.append(KnowledgeBaseExport(context: context).render())
        files += FHIRQuestionnaire(context: context).render()
        files += JSONSchemaGenerator.schemas().map { OutputFile(path: "data/schema/\($0.name)", bytes: Array($0.text.utf8)) }
        files += context.templates.assets
        return files.sorted { $0.path < $1.path }
    }
}
