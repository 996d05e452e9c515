/// A synthetic knowledge base shaped like the real one, for benchmarks: the same kinds in about the
/// same shares, the same keys, entries of the same size (about 3 KB on average), links and defined
/// terms in the text, recommendation tables placed in chapters. Deterministic for a given size.
public enum SyntheticKnowledgeBase {
    /// Path → text of a content tree with `entries` entries under one guideline.
    public static func files(entries: Int) -> [String: String] {
        // The real guideline has a dozen chapters; cap the synthetic table of contents so guideline.yaml
        // stays a realistic size (under the front-matter limit) at 10,000 entries.
        let chapters = min(60, max(1, entries / 20))
        let sectionsPerChapter = 10
        let definitions = max(1, entries * 12 / 100)
        let questionnaires = max(1, entries * 3 / 100)
        let recommendations = max(1, entries - chapters - definitions - questionnaires)
        var files: [String: String] = ["syntetisk/guideline.yaml": guideline(chapters: chapters, sections: sectionsPerChapter)]
        func section(_ index: Int) -> (chapter: Int, section: Int) { ((index / 8) % chapters + 1, (index / 8) / chapters % sectionsPerChapter + 1) }
        for index in 0..<definitions {
            files["syntetisk/definisjoner/begrep-\(index).md"] = definition(index)
        }
        var placed: Set<String> = []
        for index in 0..<recommendations {
            let (chapter, number) = section(index)
            placed.insert("\(chapter).\(number)")
            files["syntetisk/anbefalinger/anbefaling-\(index).md"] = recommendation(
                index, section: "\(chapter).\(number)", definitions: definitions, recommendations: recommendations)
        }
        for chapter in 1...chapters {
            files["syntetisk/kapitler/kapittel-\(chapter).md"] = chapterText(
                chapter, sections: sectionsPerChapter, placed: placed, definitions: definitions, recommendations: recommendations)
        }
        for index in 0..<questionnaires {
            files["syntetisk/skjema/skjema-\(index).md"] = questionnaire(index)
        }
        return files
    }

    static let prose = """
        Det er god dokumentasjon for at tiltaket har moderat effekt på smerte og funksjon hos pasienter \
        med langvarige plager. Flere systematiske oversikter og en senere randomisert studie støtter \
        konklusjonen, men effekten er liten i akutt fase og usikker ved nerverotaffeksjon.
        """

    static func guideline(chapters: Int, sections: Int) -> String {
        var text = """
            id: syntetisk
            title: Syntetisk retningslinje for måling
            short-title: Syntetisk
            status: nasjonal-retningslinje
            status-note: Generert for ytelsesmåling.
            publishers: [Ingen]
            year: "2026"
            editors: [{name: Ingen, role: ingen}]
            language: nb
            rights: Ingen.
            currency: {published: "2026", intended-revision: ikke-oppgitt, revised: nei, note: Generert tekst.}
            review-interval-months: "24"
            contents:

            """
        for chapter in 1...chapters {
            text += "  - number: \"\(chapter)\"\n    title: Kapittel \(chapter)\n    sections:\n"
            for section in 1...sections { text += "      - {number: \"\(chapter).\(section)\", title: Avsnitt \(chapter).\(section)}\n" }
        }
        return text
    }

    static func definition(_ index: Int) -> String {
        """
        ---
        kind: definition
        id: begrep-\(index)
        guideline: syntetisk
        term: Begrep\(index)
        forms: [begrep\(index)et, begrep\(index)ene]
        see: []
        source: {document: syntetisk.txt, lines: ["\(index + 1)-\(index + 3)"]}
        ---
        Begrep\(index) betyr en tilstand som varer lenger enn tolv uker. \(prose)

        """
    }

    static func recommendation(_ index: Int, section: String, definitions: Int, recommendations: Int) -> String {
        let other = (index * 7 + 3) % recommendations
        let term = (index * 13) % definitions
        return """
            ---
            kind: recommendation
            id: anbefaling-\(index)
            guideline: syntetisk
            section: "\(section)"
            order: \(index)
            topic: Tiltak \(index % 40)
            diagnosis: uspesifikke
            phases: [akutt, langvarig]
            direction: for
            direction-as-written: "Det anbefales"
            strength: {grades: [moderat], as-written: "moderat grad", basis: oppgitt}
            evidence: {level: god}
            citations: ["\(index % 353 + 1)", "12", "104-106"]
            source: {document: syntetisk.txt, lines: ["\(index + 10)-\(index + 20)"]}
            ---
            Det anbefales (moderat grad) å gi råd om aktivitet ved begrep\(term) og å følge opp tett. \
            Se også [en beslektet anbefaling](@anbefaling-\(other)).

            ## Dokumentasjon

            \(prose) \(prose)

            \(prose) Begrep\((term + 1) % definitions) er omtalt i [kapittelet](@kapittel-1#avsnitt-1-1).

            \(prose)

            \(prose) \(prose)

            """
    }

    static func chapterText(_ chapter: Int, sections: Int, placed: Set<String>, definitions: Int, recommendations: Int) -> String {
        var text = """
            ---
            kind: chapter
            id: kapittel-\(chapter)
            guideline: syntetisk
            number: "\(chapter)"
            title: Kapittel \(chapter)
            sections:

            """
        for section in 1...sections {
            text += "  - {number: \"\(chapter).\(section)\", title: Avsnitt \(chapter).\(section), anchor: avsnitt-\(chapter)-\(section)}\n"
        }
        text += "source: {document: syntetisk.txt, lines: [\"1-400\"]}\n---\n"
        for section in 1...sections {
            text += "## \(chapter).\(section) Avsnitt \(chapter).\(section)\n\n"
            text += "\(prose) Begrep\((chapter * section) % definitions) og [anbefalingen](@anbefaling-\((chapter * 31 + section) % recommendations)).\n\n"
            text += "\(prose)\n\n"
            if placed.contains("\(chapter).\(section)") { text += "@anbefalinger(\(chapter).\(section))\n\n" }
        }
        return text
    }

    static func questionnaire(_ index: Int) -> String {
        var text = """
            ---
            kind: questionnaire
            id: skjema-\(index)
            guideline: syntetisk
            title: Skjema \(index)
            audience: Klinikere
            purpose: Måling.
            owner: retningslinjen
            items:

            """
        for item in 0..<12 { text += "  - {id: s\(item), text: \"Spørsmål \(item) om plager og funksjon i hverdagen\", answer: ja-nei}\n" }
        text += """
            scoring:
              method: antall-ja
              max-missing: "2"
              bands:
                - {min: "0", max: "5", label: Få, action: Ingen., basis: "Syntetisk grunnlag"}
                - {min: "6", max: "12", label: Mange, action: Oppfølging., basis: "Syntetisk grunnlag"}
            examples:
              - {answers: {s0: ja, s1: ja, s2: nei, s3: nei, s4: nei, s5: nei, s6: nei, s7: nei, s8: nei, s9: nei, s10: nei, s11: nei}, score: "2", band: Få}
            source: {document: syntetisk.txt, lines: ["1-12"]}
            ---
            \(prose)

            """
        return text
    }
}
