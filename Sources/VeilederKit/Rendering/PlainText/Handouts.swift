/// Plain-text handouts: what a GP pastes into a letter, what prints anywhere, what a screen reader
/// reads without noise. The short version of each guideline, every published questionnaire (the red
/// flags together with the cauda equina warning) and the patient brochure.
struct Handouts {
    let context: RenderContext

    static let folder = "utdelingsark"
    /// Checklists printed together: the red flags carry the cauda equina warning.
    static let companions: [EntryID: EntryID] = ["rode-flagg": "cauda-equina"]

    static func path(for id: String) -> String { "\(folder)/\(id).txt" }
    static let brochurePath = path(for: "verdt-a-vite-om-vond-rygg")

    /// The site path of an entry's handout, when it has one.
    func path(for entry: Entry) -> String? {
        switch entry.content {
        case .questionnaire(let questionnaire) where questionnaire.mayBePublished:
            return Handouts.path(for: entry.id.rawValue)
        case .chapter(let chapter) where chapter.title == "Kortversjonen":
            return Handouts.path(for: entry.id.rawValue)
        default:
            return nil
        }
    }

    func render() -> [OutputFile] {
        let context = self.context
        // In parallel, and kept between rebuilds, except a questionnaire printed with its companion,
        // which must follow changes to the other entry too.
        let entries = context.knowledgeBase.entries
        let kept = context.pieces(.handout, entries.filter { Handouts.companions[$0.id] == nil }) { entry in
            Handouts(context: context).handout(for: entry)
        }
        var files = (kept + entries.filter { Handouts.companions[$0.id] != nil }.map { Handouts(context: context).handout(for: $0) })
            .compactMap { $0 }.sorted { $0.path < $1.path }
        if let brochure = brochure() { files.append(brochure) }
        return files
    }

    /// The entry's handout, or nil when it has none.
    func handout(for entry: Entry) -> OutputFile? {
        let kb = context.knowledgeBase
        guard let path = path(for: entry) else { return nil }
        let references = PlainTextRenderer.References()
        var text = header(entry.displayTitle, guideline: entry.guideline.flatMap(kb.guideline))
        switch entry.content {
        case .questionnaire(let questionnaire):
            text += questionnaireText(entry, questionnaire, references: references)
            if let companion = Handouts.companions[entry.id], let other = kb.entry(companion), let q = other.content.questionnaire {
                text += "\n\n" + PlainTextRenderer.heading(q.title, level: 2).joined(separator: "\n") + "\n\n"
                text += questionnaireText(other, q, references: references)
            }
        default:
            text += PlainTextRenderer(references: references).render(entry.body.text, headingOffset: 1)
        }
        return OutputFile(path: path, bytes: Array(finish(text, references).utf8))
    }

    /// Title, the guideline, and its currency note: every handout starts with how current it is.
    func header(_ title: String, guideline: Guideline?) -> String {
        var lines = PlainTextRenderer.heading(title, level: 1)
        if let guideline {
            lines.append("")
            lines += TextWrapper.wrap("Fra: \(guideline.title) (\(guideline.year)).", width: PlainTextRenderer.width)
            lines += TextWrapper.wrap("Merk: \(guideline.currency.note)", width: PlainTextRenderer.width)
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    func questionnaireText(_ entry: Entry, _ questionnaire: Questionnaire, references: PlainTextRenderer.References) -> String {
        var lines: [String] = []
        lines += TextWrapper.wrap("For: \(questionnaire.audience). \(questionnaire.purpose)", width: PlainTextRenderer.width)
        let body = PlainTextRenderer(references: references).render(entry.body.text, headingOffset: 1)
        if !body.isEmpty { lines += ["", body] }
        lines.append("")
        for (index, item) in questionnaire.items.enumerated() {
            let number = "\(index + 1). "
            let indent = String(repeating: " ", count: number.count)
            lines += TextWrapper.wrap(item.text, width: PlainTextRenderer.width, firstPrefix: number, restPrefix: indent)
            switch item.answer {
            case .jaNei:
                lines.append(indent + "[ ] Ja   [ ] Nei")
            case .skala:
                if let scale = item.scale {
                    lines += TextWrapper.wrap((scale.min...max(scale.min, scale.max)).map(String.init).joined(separator: "  "),
                                              width: PlainTextRenderer.width, firstPrefix: indent, restPrefix: indent)
                    lines += TextWrapper.wrap("(\(scale.min) = \(scale.minLabel), \(scale.max) = \(scale.maxLabel))",
                                              width: PlainTextRenderer.width, firstPrefix: indent, restPrefix: indent)
                }
            case .valg, .flervalg:
                for option in item.options {
                    lines += TextWrapper.wrap(option.label, width: PlainTextRenderer.width, firstPrefix: indent + "[ ] ", restPrefix: indent + "    ")
                }
            case .fritekst:
                let rule = String(repeating: "_", count: PlainTextRenderer.width - indent.count)
                lines += [indent + rule, indent + rule]
            }
            lines.append("")
        }
        if let scoring = questionnaire.scoring {
            lines.append("Tolkning (\(scoring.method.label)):")
            for band in scoring.bands {
                let range = band.min == band.max ? format(band.min) : "\(format(band.min))–\(format(band.max))"
                var text = "\(range): \(band.label). \(band.action)"
                if let basis = band.basis { text += " Grunnlag i retningslinjen: «\(basis)»." }
                lines += TextWrapper.wrap(text, width: PlainTextRenderer.width, firstPrefix: "- ", restPrefix: "  ")
            }
        }
        return lines.joined(separator: "\n").trimmingTrailingNewlines
    }

    func brochure() -> OutputFile? {
        let kb = context.knowledgeBase
        guard let guideline = kb.guidelines.first(where: { $0.brochure != nil }), let cover = guideline.brochure else { return nil }
        let sections = kb.entries.compactMap { entry in entry.content.brochure.map { (entry, $0) } }.sorted { $0.1.order < $1.1.order }
        guard !sections.isEmpty else { return nil }
        let references = PlainTextRenderer.References()
        var parts = [header("\(cover.title) – \(cover.subtitle)", guideline: guideline).trimmingTrailingNewlines]
        parts.append(TextWrapper.wrap(cover.intro, width: PlainTextRenderer.width).joined(separator: "\n"))
        parts.append(TextWrapper.wrap(
            "Dette er en ny tekst skrevet ut fra den nasjonale retningslinjen fra \(guideline.year), ikke den opprinnelige brosjyren. Retningslinjen er ikke revidert siden.",
            width: PlainTextRenderer.width).joined(separator: "\n"))
        for (entry, section) in sections {
            var lines = PlainTextRenderer.heading(section.question, level: 2)
            if section.status == .utkast { lines += ["", "[Utkast – ikke godkjent av fagperson ennå]"] }
            lines += ["", PlainTextRenderer(references: references).render(entry.body.text, headingOffset: 1)]
            if let practical = section.practicalInformation {
                lines += ["", "Praktisk informasjon (ikke fra retningslinjen):", ""]
                var boxed = PlainTextRenderer(references: references)
                boxed.lineWidth = PlainTextRenderer.width - 4
                lines += boxed.render(practical).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : "    " + $0 }
            }
            parts.append(lines.joined(separator: "\n"))
        }
        return OutputFile(path: Handouts.brochurePath, bytes: Array(finish(parts.joined(separator: "\n\n"), references).utf8))
    }

    private func finish(_ text: String, _ references: PlainTextRenderer.References) -> String {
        let body = text.trimmingTrailingNewlines + "\n"
        return references.text.isEmpty ? body : body + "\n" + references.text
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var result = self
        while result.last == "\n" { result.removeLast() }
        return result
    }
}

import Foundation
