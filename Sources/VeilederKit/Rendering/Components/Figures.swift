/// Pictures drawn at build time as inline SVG, each with a title and a text alternative, and no script.
struct Figures {
    let context: RenderContext
    let links: PageLinks

    /// The diagnostic triage of a guideline: red flags → urgent investigation, nerve-root affection,
    /// non-specific pain, with the shares its categories give.
    func triage(guideline: String) -> String? {
        let kb = context.knowledgeBase
        let categories = kb.entries.compactMap { entry in entry.content.category.map { (entry, $0) } }
            .filter { $0.1.guideline == guideline }.sorted { $0.1.order < $1.1.order }
        guard !categories.isEmpty else { return nil }
        let id = links.anchor("figur-triage")
        let boxWidth = 250, gap = 20, height = 172
        let width = categories.count * boxWidth + (categories.count - 1) * gap
        var svg = """
            <figure class="figur" id="\(id)">
            <svg role="group" aria-labelledby="\(id)-tittel \(id)-beskrivelse" viewBox="0 0 \(width) \(height)" width="100%" xmlns="http://www.w3.org/2000/svg">
            <title id="\(id)-tittel">Diagnostisk inndeling</title>
            <desc id="\(id)-beskrivelse">\(escape(categories.map { "\($0.1.name): \($0.1.share). \($0.1.handling)" }.joined(separator: " ")))</desc>
            <rect x="0" y="0" width="\(width)" height="34" fill="#f3f4f6" stroke="#1a1a1a"/>
            <text x="\(width / 2)" y="22" text-anchor="middle" font-size="15" font-weight="bold">Pasient med korsryggsmerter: anamnese og klinisk undersøkelse</text>

            """
        for (index, pair) in categories.enumerated() {
            let (entry, category) = pair
            let x = index * (boxWidth + gap)
            let urgent = category.diagnosis == .alvorligPatologi
            svg += """
                <line x1="\(x + boxWidth / 2)" y1="34" x2="\(x + boxWidth / 2)" y2="56" stroke="#1a1a1a" stroke-width="2"/>
                <a href="\(links.href(to: entry))">
                <rect x="\(x)" y="56" width="\(boxWidth)" height="112" rx="6" fill="#ffffff" stroke="#1a1a1a" stroke-width="\(urgent ? 4 : 2)"\(urgent ? " stroke-dasharray=\"8 4\"" : "")/>
                \(lines(category.name, width: 28).enumerated().map { line in
                    "<text x=\"\(x + 12)\" y=\"\(80 + line.offset * 18)\" font-size=\"14\" font-weight=\"bold\">\(escape(line.element))</text>"
                }.joined(separator: "\n"))
                <text x="\(x + 12)" y="136" font-size="14">\(escape(category.share)) av pasientene</text>
                <text x="\(x + 12)" y="156" font-size="13">\(urgent ? "Rask utredning (røde flagg)" : "Se anbefalingene")</text>
                </a>

                """
        }
        return svg + "</svg>\n<figcaption>Diagnostisk inndeling. Figuren er laget fra kategoriene i kapittel 6.1.</figcaption>\n</figure>\n"
    }

    /// Recommendations per chapter of a guideline, by direction, with strength in the text alternative.
    func recommendationChart(guideline: String) -> String? {
        // Counted in one pass into a row per chapter and a column per direction: the guideline page is
        // rendered again after many edits, and a base can hold thousands.
        let directions = Direction.allCases
        var byChapter: [String: [(count: Int, strong: Int)]] = [:]
        let empty = Array(repeating: (count: 0, strong: 0), count: directions.count)
        for (_, recommendation) in context.knowledgeBase.recommendations where recommendation.guideline == guideline {
            let column = directions.firstIndex(of: recommendation.direction)!
            let strong = recommendation.strength.grades.contains(.sterk) ? 1 : 0
            func count(_ row: inout [(count: Int, strong: Int)]) {
                row[column].count += 1
                row[column].strong += strong
            }
            count(&byChapter[String(recommendation.section.prefix { $0 != "." }), default: empty])
        }
        guard !byChapter.isEmpty else { return nil }
        let chapters = byChapter.keys.sorted { $0.sectionPrecedes($1) }
        let patterns = [Direction.for: "#1d6b36", .mot: "#9b1c1c", .ikkeGrunnlag: "#8a6d00", .uklar: "#6b6b6b"]
        let total = byChapter.mapValues { $0.reduce(0) { $0 + $1.count } }
        let maximum = total.values.max() ?? 1
        let id = links.anchor("figur-anbefalinger")
        let rowHeight = 34, labelWidth = 120, barWidth = 560
        let height = chapters.count * rowHeight + 84
        var description: [String] = []
        // The bars; the head, whose description sums them up, is put before them at the end.
        var svg = ""
        for (row, chapter) in chapters.enumerated() {
            let y = row * rowHeight + 10
            var x = labelWidth
            var parts: [String] = []
            svg += "<text x=\"0\" y=\"\(y + 20)\" font-size=\"14\">Kapittel \(chapter) (\(total[chapter]!))</text>\n"
            for (direction, (count, strong)) in zip(directions, byChapter[chapter]!) where count > 0 {
                let width = count * barWidth / maximum
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(max(width, 2))\" height=\"26\" fill=\"\(patterns[direction]!)\"/>\n"
                if width >= 28 {
                    svg += "<text x=\"\(x + 6)\" y=\"\(y + 18)\" font-size=\"13\" fill=\"#ffffff\">\(count)</text>\n"
                }
                x += width
                parts.append("\(count) \(direction.label.lowercased()) (\(strong) i sterk grad)")
            }
            description.append("Kapittel \(chapter): \(parts.joined(separator: ", ")).")
        }
        for (index, direction) in directions.enumerated() {
            let legendX = (index % 2) * 300, legendY = chapters.count * rowHeight + 22 + (index / 2) * 24
            svg += "<rect x=\"\(legendX)\" y=\"\(legendY)\" width=\"14\" height=\"14\" fill=\"\(patterns[direction]!)\"/>"
            svg += "<text x=\"\(legendX + 20)\" y=\"\(legendY + 12)\" font-size=\"13\">\(escape(direction.label))</text>\n"
        }
        let summary = escape(description.joined(separator: " "))
        return """
            <figure class="figur" id="\(id)">
            <svg role="img" aria-labelledby="\(id)-tittel \(id)-beskrivelse" viewBox="0 0 \(labelWidth + barWidth + 60) \(height)" width="100%" xmlns="http://www.w3.org/2000/svg">
            <title id="\(id)-tittel">Anbefalinger per kapittel etter retning</title>
            <desc id="\(id)-beskrivelse">\(summary)</desc>

            """ + svg + "</svg>\n<figcaption>Antall anbefalinger per kapittel, fordelt på retning. \(summary)</figcaption>\n</figure>\n"
    }

    /// Words wrapped into lines of at most `width` characters, at most three lines.
    private func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return Array(lines.prefix(3))
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

import Foundation
