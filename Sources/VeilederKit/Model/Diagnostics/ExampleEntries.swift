import Foundation

/// Short, valid content files that rule examples start from. Each rule's examples change one thing,
/// so a reader sees exactly what triggers the rule.
public enum ExampleEntries {
    public static let guideline = """
        id: korsrygg
        title: Korsryggsmerter – med og uten nerverotaffeksjon
        short-title: Korsrygg
        status: nasjonal-retningslinje
        status-note: Nasjonale kliniske retningslinjer.
        publishers: [Formidlingsenheten for muskel- og skjelettlidelser (FORMI)]
        year: "2007"
        editors:
          - {name: Even Lærum, role: hovedredaktør}
        language: nb
        rights: Gjengitt for klinisk bruk.
        currency:
          published: "2007"
          intended-revision: om ca. tre til fem år
          revised: nei
          note: Retningslinjen er fra 2007 og er ikke revidert.
        review-interval-months: "24"
        contents:
          - number: "7"
            title: Behandling og tiltak
            sections:
              - number: "7.1"
                title: Uspesifikke korsryggsmerter
                sections:
                  - {number: "7.1.1", title: Ikke-medikamentell behandling}

        """

    public static let recommendation = """
        ---
        kind: recommendation
        id: sengeleie-akutt
        guideline: korsrygg
        section: "7.1.1"
        order: 3
        topic: Sengeleie
        diagnosis: uspesifikke
        phases: [akutt]
        direction: mot
        direction-as-written: "anbefales ikke"
        strength:
          grades: [sterk]
          as-written: "sterk grad"
          basis: oppgitt
        evidence:
          level: ikke-oppgitt
        citations: ["321", "119"]
        source: {document: 002_a4bd0556ff58bc19.txt, lines: ["2153-2157"]}
        ---
        Sengeleie anbefales ikke som terapi, men kan være nødvendig som smertelindring initialt.

        ## Dokumentasjon

        Det er meget god dokumentasjon for at sengeleie gir en forverring (321).

        """

    public static let definition = """
        ---
        kind: definition
        id: isjias
        guideline: korsrygg
        term: Isjias
        forms: [isjiasen]
        see: []
        source: {document: 002_a4bd0556ff58bc19.txt, lines: ["900-902"]}
        ---
        Smerter i utbredelsesområdet for isjiasnerven.

        """

    public static let chapter = """
        ---
        kind: chapter
        id: behandling
        guideline: korsrygg
        number: "7"
        title: Behandling og tiltak
        sections:
          - {number: "7.1", title: Uspesifikke korsryggsmerter, anchor: uspesifikke}
          - {number: "7.1.1", title: Ikke-medikamentell behandling, anchor: ikke-medikamentell}
        source: {document: 002_a4bd0556ff58bc19.txt, lines: ["2062-2080"]}
        ---
        ## 7.1 Uspesifikke korsryggsmerter

        Overordnet mål for behandling er å redusere smerte.

        ### 7.1.1 Ikke-medikamentell behandling

        @anbefalinger(7.1.1)

        """

    public static let brochure = """
        ---
        kind: brochure
        id: hjelp
        guideline: korsrygg
        order: 1
        question: Hva du kan gjøre når du får vondt i ryggen
        status: utkast
        practical-information: |
          Ring 113 ved fare for liv.
        ---
        Ligg ikke til sengs. Sengeleie kan gjøre plagene verre, sier [anbefalingen](@sengeleie-akutt).

        """

    public static let questionnaire = """
        ---
        kind: questionnaire
        id: rode-flagg
        guideline: korsrygg
        title: Røde flagg
        audience: Klinikere
        purpose: Varselfaktorer for mulig alvorlig underliggende patologi.
        owner: retningslinjen
        items:
          - {id: alder, text: "Debut ved alder under 20 eller over 55 år", answer: ja-nei}
          - {id: feber, text: "Generell sykdomsfølelse, feber og/eller vekttap", answer: ja-nei}
        scoring:
          method: antall-ja
          max-missing: "0"
          bands:
            - {min: "0", max: "0", label: Ingen røde flagg, action: Ingen særskilt utredning ut fra listen., basis: "Røde flagg er varselfaktorer"}
            - {min: "1", max: "2", label: Røde flagg, action: Videre utredning., basis: "Røde flagg indikerer mulig alvorlig patologi med behov for videre utredning"}
        examples:
          - {answers: {alder: ja, feber: nei}, score: "1", band: Røde flagg}
        source: {document: 002_a4bd0556ff58bc19.txt, lines: ["1490-1498"]}
        ---
        Varselfaktorer vedrørende mulig alvorlig underliggende patologi.

        """

    /// `text` with `old` replaced by `new`; traps if `old` is absent, so an example can never silently
    /// stop showing what it claims to.
    public static func replacing(_ old: String, with new: String, in text: String) -> String {
        precondition(text.contains(old), "example text does not contain \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }
}

extension RuleExample {
    /// The files every example starts from: one guideline.
    public static let baseFiles: [String: String] = ["korsrygg/guideline.yaml": ExampleEntries.guideline]

    /// The base plus one recommendation (valid unless changed).
    public static func recommendation(_ text: String = ExampleEntries.recommendation) -> RuleExample {
        RuleExample(["korsrygg/anbefalinger/sengeleie-akutt.md": text])
    }

    public static func recommendation(replacing old: String, with new: String) -> RuleExample {
        recommendation(ExampleEntries.replacing(old, with: new, in: ExampleEntries.recommendation))
    }
}
