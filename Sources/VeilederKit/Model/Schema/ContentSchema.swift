/// Every key of every kind of entry and of `guideline.yaml`, with its form, whether it is required,
/// a Norwegian explanation and an example. The loader's decoders read exactly these keys (a test
/// holds them to it); the editors' reference, the JSON Schema and `veileder new` are made from them.
public enum ContentSchema {
    static func k(_ name: String, _ value: ValueSpec, optional: Bool = false, _ help: String, _ example: String) -> KeySpec {
        KeySpec(name, value, required: !optional, help: help, example: example)
    }

    static let guideline = k("guideline", .text, "Kortnavnet til retningslinjen oppføringen hører til (mappenavnet).", "korsrygg")

    /// The keys an entry of a kind has, in the order `new` writes them.
    public static func keys(for kind: EntryKind) -> [KeySpec] {
        var keys = [
            k("kind", .vocabulary(EntryKind.self), "Hva slags oppføring dette er.", kind.rawValue),
            k("id", .id, "Unik id: små bokstaver a–z, tall og bindestrek. Blir filnavnet på nettsiden og endres aldri.", "ny-oppforing"),
        ]
        keys += own(kind)
        if kind != .brochure && kind != .article {
            keys.append(k("source", .mapping(source), optional: kind == .definition,
                          "Hvor i kilden teksten står: dokumentet og ett eller flere linjespenn. Definisjoner redaksjonen har lagt til, har ingen.",
                          "{document: 002_a4bd0556ff58bc19.txt, lines: [\"2153-2157\"]}"))
            keys.append(k("corrections", .list(.mapping(correction)), optional: true,
                          "Hver endring av ordlyden ut over tegnkoding og linjeskift: fra kildens ord til oppføringens.",
                          "[{from: \"Inger kvalitetsstudier\", to: \"Ingen kvalitetsstudier\"}]"))
        }
        return keys + [
            k("updated", .date, optional: true, "Når innholdet sist ble endret; vises som «Sist endret».", "\"2026-11-21\""),
        ] + editorial
    }

    /// Keys every file may carry for the editors' own review; never rendered.
    static let editorial = [
        k("reviewed", .date, optional: true, "Når oppføringen sist ble lest mot kilden.", "\"2026-11-21\""),
        k("review-notes", .list(.mapping(reviewNote)), optional: true,
          "Redaksjonens merknader; de vises aldri på nettsidene.", "[{text: \"…\", by: redaktør, status: åpen, anchor: \"…\"}]"),
    ]

    static let reviewNote = [
        k("text", .text, "Hva merknaden gjelder.", "\"Stjernene kan høre til neste celle.\""),
        k("by", .text, "Hvem som skrev den (rolle).", "transkribent"),
        k("status", .vocabulary(ReviewStatus.self), "Om saken er åpen eller lukket.", "åpen"),
        k("anchor", .text, "Teksten eller stedet merknaden gjelder, eller «ukjent».", "\"sterk grad\""),
    ]

    static let source = [
        k("document", .text, "Filnavnet til kilden i ../shared/seeds/.", "002_a4bd0556ff58bc19.txt"),
        k("lines", .lineSpans, "Linjespennene i kilden.", "[\"2153-2157\"]"),
    ]

    static let correction = [
        k("from", .text, "Kildens ord.", "\"Inger kvalitetsstudier\""),
        k("to", .text, "Oppføringens ord.", "\"Ingen kvalitetsstudier\""),
    ]

    static func own(_ kind: EntryKind) -> [KeySpec] {
        switch kind {
        case .recommendation: recommendation
        case .definition: definition
        case .category: category
        case .questionnaire: questionnaire
        case .brochure: brochure
        case .chapter: chapter
        case .article: article
        }
    }

    static let recommendation = [
        guideline,
        k("section", .sectionNumber, "Avsnittet i innholdsfortegnelsen der anbefalingen står.", "\"7.1.1\""),
        k("order", .integer, "Plassen i avsnittets tabell, slik kilden trykker den.", "1"),
        k("table", .integer, optional: true, "Hvilken tabell i avsnittet, når det har flere (standard 1).", "2"),
        k("topic", .text, "Temaet tabellen oppgir (for eksempel «Sengeleie»).", "Sengeleie"),
        k("diagnosis", .vocabulary(DiagnosisGroup.self), "Diagnosegruppen anbefalingen gjelder.", "uspesifikke"),
        k("phases", .list(.vocabulary(Phase.self)), "Fasene eller forebyggingsnivåene anbefalingen gjelder.", "[akutt]"),
        k("direction", .vocabulary(Direction.self), "Retningen, etter tabellen i retning.md; «uklar» med en merknad når formuleringen ikke står der.", "mot"),
        k("direction-as-written", .text, "Kildens ord for retningen, eller ikke-oppgitt.", "\"anbefales ikke\""),
        k("strength", .mapping(strength), "Styrken slik kilden trykker den.", "{grades: [sterk], as-written: \"sterk grad\", basis: oppgitt}"),
        k("evidence", .mapping(evidence), "Nivået på dokumentasjonen slik kilden trykker stjernene.", "{level: ikke-oppgitt}"),
        k("citations", .list(.text), "Sitatnumrene i dokumentasjonen, som tekst; [] når det ikke er noen.", "[\"321\", \"104-106\"]"),
        k("reason", .text, optional: true, "Kildens begrunnelse når styrken er høyere enn dokumentasjonen, eller ikke-oppgitt-i-kilden.", "ikke-oppgitt-i-kilden"),
        k("documentation-from", .id, optional: true, "Anbefalingen denne deler dokumentasjon med (to utsagn i én celle).", "aktivitet-akutt"),
        k("gaps", .list(.text), optional: true, "Tekst uttrekket har mistet, sagt med ord (aldri fylt inn).", "[\"Vilkåret mangler i kilden.\"]"),
    ]

    static let strength = [
        k("grades", .list(.vocabulary(StrengthGrade.self)), "Gradene i den rekkefølgen kilden skriver dem; [] når ingen er oppgitt.", "[sterk, moderat]"),
        k("as-written", .text, "Kildens ord for styrken, eller ikke-oppgitt.", "\"sterk/moderat grad\""),
        k("basis", .vocabulary(StrengthBasis.self), "Om styrken er oppgitt ved anbefalingen, arvet fra en annen, eller ikke oppgitt.", "oppgitt"),
        k("from", .id, optional: true, "Ved arvet styrke: anbefalingen i samme avsnitt der styrken står.", "bilde-nerverot-initialt"),
    ]

    static let evidence = [
        k("level", .vocabulary(EvidenceLevel.self), "Nivået: meget-god (***), god (**), manglende (*) eller ikke-oppgitt.", "god"),
        k("note", .text, optional: true, "Nivå per dokumentasjonsavsnitt, når kilden oppgir flere.", "\"** for SR, * for de øvrige\""),
        k("pairing", .vocabulary(Pairing.self), optional: true, "«usikker» når det ikke er sikkert hvilken anbefaling stjernen hører til.", "usikker"),
    ]

    static let definition = [
        guideline,
        k("term", .text, "Begrepet slik kilden skriver det.", "Isjias"),
        k("forms", .list(.text), "Synonymer og bøyde former teksten bruker; de lenkes automatisk.", "[isjiasen]"),
        k("see", .list(.id), "Andre definisjoner det vises til («se …»); [] når ingen.", "[]"),
    ]

    static let category = [
        guideline,
        k("order", .integer, "Rekkefølgen i kilden.", "1"),
        k("name", .text, "Navnet på kategorien.", "Uspesifikke korsryggsmerter"),
        k("share", .text, "Andelen slik kilden skriver den.", "\"80–90 %\""),
        k("diagnosis", .vocabulary(DiagnosisGroup.self), "Diagnosegruppen kategorien svarer til.", "uspesifikke"),
        k("handling", .text, "Hva kategorien betyr for videre håndtering, med kildens ord.", "God prognose."),
    ]

    static let questionnaire = [
        guideline,
        k("title", .text, "Tittelen.", "Røde flagg"),
        k("audience", .text, "Hvem skjemaet er for.", "Klinikere"),
        k("purpose", .text, "Hva det brukes til.", "Varselfaktorer for mulig alvorlig underliggende patologi."),
        k("owner", .text, "«retningslinjen», eller den som eier instrumentet.", "retningslinjen"),
        k("items", .list(.mapping(item)), "Spørsmålene.", "[{id: alder, text: \"…\", answer: ja-nei}]"),
        k("sections", .list(.mapping(questionnaireSection)), optional: true, "Deler av skjemaet.", "[{id: del-1, title: \"…\", items: [alder]}]"),
        k("scoring", .mapping(scoring), optional: true, "Skåring, bare der retningslinjen gir den.", "{method: antall-ja, max-missing: \"0\", bands: []}"),
        k("examples", .list(.mapping(workedExample)), optional: true, "Regneeksempler som «check» kontrollerer.", "[{answers: {alder: ja}, score: \"1\", band: \"…\"}]"),
        k("licence", .mapping(licence), optional: true, "Tillatelse, når eieren ikke er retningslinjen.", "{holder: \"…\", terms: \"…\", modification-allowed: nei, permission: \"…\"}"),
    ]

    static let item = [
        k("id", .text, "Spørsmålets id (anker på siden).", "alder"),
        k("text", .text, "Spørsmålet.", "\"…\""),
        k("answer", .vocabulary(AnswerType.self), "Svartypen.", "ja-nei"),
        k("scale", .mapping(scale), optional: true, "Skalaen, for svartypen skala.", "{min: \"0\", max: \"10\", min-label: Ingen, max-label: Verst}"),
        k("options", .list(.mapping(option)), optional: true, "Valgene, for valg og flervalg.", "[{id: godt, label: Godt, score: \"0\"}]"),
    ]

    static let scale = [
        k("min", .integer, "Laveste verdi.", "0"), k("max", .integer, "Høyeste verdi.", "10"),
        k("min-label", .text, "Hva laveste verdi betyr.", "Ingen smerte"), k("max-label", .text, "Hva høyeste verdi betyr.", "Verst tenkelige"),
    ]

    static let option = [
        k("id", .text, "Valgets id.", "godt"), k("label", .text, "Teksten.", "Godt"),
        k("score", .number, optional: true, "Poeng for valget.", "0"),
    ]

    static let questionnaireSection = [
        k("id", .text, "Delens id.", "del-1"), k("title", .text, "Overskriften.", "Del 1"),
        k("items", .list(.text), "Spørsmålene i delen (id-er).", "[alder]"),
    ]

    static let scoring = [
        k("method", .vocabulary(ScoringMethod.self), "Hvordan svarene skåres.", "antall-ja"),
        k("reverse-items", .list(.text), optional: true, "Spørsmål som skåres omvendt.", "[]"),
        k("max-missing", .integer, "Hvor mange spørsmål som kan mangle før det ikke gis skår.", "\"0\""),
        k("bands", .list(.mapping(band)), "Tolkningsintervallene.", "[]"),
    ]

    static let band = [
        k("min", .number, "Laveste skår i intervallet.", "1"), k("max", .number, "Høyeste skår i intervallet.", "7"),
        k("label", .text, "Hva intervallet kalles.", "Ett eller flere røde flagg"), k("action", .text, "Hva som gjøres.", "Videre utredning."),
        k("basis", .text, optional: true, "Retningslinjens egne ord intervallet bygger på (påkrevd av «check»).", "\"…\""),
    ]

    static let workedExample = [
        k("answers", .textMapping, "Svarene, per spørsmåls-id.", "{alder: ja}"),
        k("score", .number, "Forventet skår.", "1"), k("band", .text, "Forventet intervall.", "Ett eller flere røde flagg"),
    ]

    static let licence = [
        k("holder", .text, "Rettighetshaveren.", "\"…\""), k("terms", .text, "Vilkårene.", "\"…\""),
        k("modification-allowed", .vocabulary(YesNo.self), "Om instrumentet kan endres.", "nei"),
        k("permission", .text, "Henvisning til tillatelsen.", "\"…\""),
    ]

    static let brochure = [
        guideline,
        k("order", .integer, "Plassen blant spørsmålene på brosjyrens forside.", "1"),
        k("question", .text, "Spørsmålet, slik forsiden skriver det.", "Hvorfor vi får vondt i ryggen"),
        k("status", .vocabulary(BrochureStatus.self), "utkast til en fagperson har godkjent teksten.", "utkast"),
        k("approved-by", .text, optional: true, "Hvem som godkjente.", "\"…\""),
        k("approved-date", .date, optional: true, "Når den ble godkjent.", "\"2026-11-21\""),
        k("practical-information", .text, optional: true, "Praktisk informasjon som ikke kommer fra retningslinjen (113, legevakt).", "\"Ring 113 ved fare for liv.\""),
    ]

    static let chapter = [
        guideline,
        k("number", .sectionNumber, optional: true, "Kapittelnummeret; utelates for en unummerert del som forordet.", "\"7\""),
        k("title", .text, "Tittelen.", "Behandling og tiltak"),
        k("sections", .list(.mapping(chapterSection)), "Avsnittene fra innholdsfortegnelsen, med anker.", "[{number: \"7.1\", title: \"…\", anchor: avsnitt-7-1}]"),
        k("tables", .list(.mapping(table)), optional: true, "Tabeller som data; plasseres med @tabell(id).", "[{id: icpc, caption: \"…\", columns: [Kode], rows: [[L03]]}]"),
        k("people", .list(.mapping(people)), optional: true, "Grupper av personer; plasseres med @personer(id).", "[{id: arbeidsgruppen, title: Arbeidsgruppen, members: []}]"),
        k("advice", .list(.mapping(advice)), optional: true, "Råd med hva som kan skje om de ikke følges; plasseres med @rad(id).", "[{id: rad-1, section: \"9.4\", title: \"…\", advice: \"…\"}]"),
        k("footnotes", .list(.mapping(footnote)), optional: true, "Fotnoter; ankeret er fotnote-<merke>.", "[{mark: \"1\", text: \"…\"}]"),
        k("gaps", .list(.text), optional: true, "Tekst uttrekket har mistet, sagt med ord.", "[\"Figur 1 mangler i kilden.\"]"),
    ]

    static let chapterSection = [
        k("number", .sectionNumber, optional: true, "Nummeret i innholdsfortegnelsen.", "\"7.1\""),
        k("title", .text, "Tittelen.", "Uspesifikke korsryggsmerter"),
        k("anchor", .text, "Ankeret avsnittet får.", "avsnitt-7-1"),
    ]

    static let table = [
        k("id", .text, "Tabellens id.", "icpc"), k("caption", .text, "Tabellteksten.", "Diagnosekoder"),
        k("columns", .list(.text), "Kolonneoverskriftene.", "[Kode, Betydning]"), k("rows", .rows, "Radene.", "[[L03, korsrygg]]"),
    ]

    static let people = [
        k("id", .text, "Gruppens id.", "arbeidsgruppen"), k("title", .text, "Overskriften.", "Arbeidsgruppen"),
        k("intro", .text, optional: true, "Innledende setning.", "\"…\""),
        k("members", .list(.mapping(person)), "Personene.", "[{name: \"…\", affiliation: \"…\"}]"),
    ]

    static let person = [
        k("name", .text, "Navnet.", "Even Lærum"), k("role", .text, optional: true, "Rollen.", "leder"),
        k("affiliation", .text, "Arbeidssted eller organisasjon.", "FORMI"),
        k("footnote", .text, optional: true, "Merket til en fotnote om personen.", "\"1\""),
    ]

    static let advice = [
        k("id", .text, "Rådets id.", "rad-1"), k("section", .sectionNumber, "Avsnittet rådet står i.", "\"9.4\""),
        k("title", .text, "Overskriften.", "Råd 1"), k("advice", .text, "Rådet.", "\"…\""),
        k("consequence", .text, optional: true, "Hva som kan skje om rådet ikke følges.", "\"…\""),
    ]

    static let footnote = [k("mark", .text, "Fotnotemerket.", "\"1\""), k("text", .text, "Fotnoten.", "\"…\"")]

    static let article = [
        k("document", .text, "Kildefilen i ../shared/seeds/.", "001_e6ea58d3bd836650.txt"),
        k("title", .text, "Tittelen, eller ikke-oppgitt.", "\"…\""),
        k("authors", .list(.text), "Forfatterne, eller [ikke-oppgitt].", "[ikke-oppgitt]"),
        k("publication", .text, "Hvor den er publisert, eller ikke-oppgitt.", "ikke-oppgitt"),
        k("year", .text, "Året, eller ikke-oppgitt.", "\"2025\""),
        k("doi", .text, "DOI, eller ikke-oppgitt.", "ikke-oppgitt"),
        k("licence", .mapping(articleLicence), "Om fulltekst kan gjengis.", "{republish: nei, terms: \"…\"}"),
        k("references", .list(.mapping(reference)), "Referanselisten; [] når den mangler.", "[]"),
        k("summary-lines", .lineSpans, "Linjene sammendraget bygger på.", "[\"1-40\"]"),
        k("points", .list(.mapping(point)), "Poengene artikkelen gjør, med lenker til oppføringene de gjelder.", "[]"),
    ]

    static let articleLicence = [
        k("republish", .vocabulary(YesNo.self), "Om fulltekst kan gjengis her.", "nei"),
        k("terms", .text, "Vilkårene.", "\"…\""),
    ]

    static let reference = [
        k("number", .text, "Nummeret.", "\"1\""), k("text", .text, "Referansen.", "\"…\""),
        k("doi", .text, optional: true, "DOI.", "\"10.4045/…\""),
    ]

    static let point = [
        k("text", .text, "Poenget med egne ord, med [lenker](@id).", "\"…\""),
        k("lines", .lineSpans, "Linjene poenget bygger på.", "[\"20-30\"]"),
    ]

    /// The keys of `guideline.yaml`.
    public static let guidelineFile: [KeySpec] = [
        k("id", .text, "Kortnavnet; lik mappenavnet.", "korsrygg"),
        k("title", .text, "Full tittel.", "\"…\""),
        k("short-title", .text, "Kort tittel i menyer.", "Korsryggsmerter"),
        k("status", .vocabulary(GuidelineStatus.self), "Hva slags tekst dette er.", "nasjonal-retningslinje"),
        k("status-note", .text, "Én setning om status, vist i banneret.", "\"…\""),
        k("publishers", .list(.text), "Utgiverne.", "[FORMI]"),
        k("year", .text, "Utgivelsesåret.", "\"2007\""),
        k("editors", .list(.mapping([k("name", .text, "Navnet.", "\"…\""), k("role", .text, "Rollen.", "redaktør")])), "Redaktørene.", "[]"),
        k("language", .text, "Språket (nb).", "nb"),
        k("rights", .text, "Hva kilden sier om rettigheter.", "\"…\""),
        k("currency", .mapping([
            k("published", .text, "Når den kom ut.", "\"2007\""),
            k("intended-revision", .text, "Når den skulle revideres, eller ikke-oppgitt.", "\"om ca. tre til fem år\""),
            k("revised", .vocabulary(Revision.self), "Om den er revidert.", "nei"),
            k("note", .text, "Setningen i banneret på hver side.", "\"…\""),
        ]), "Hvor oppdatert retningslinjen er.", "{…}"),
        k("review-interval-months", .integer, "Hvor ofte oppføringene skal leses mot kilden, i måneder.", "\"24\""),
        k("contents", .list(.mapping(contentsItem(depth: 3))), "Innholdsfortegnelsen.", "[{number: \"1\", title: Innledning}]"),
        k("brochure", .mapping([
            k("title", .text, "Brosjyrens tittel.", "\"…\""), k("subtitle", .text, "Undertittelen.", "\"…\""),
            k("intro", .text, "Setningen på forsiden.", "\"…\""), k("questions", .list(.text), "De ti spørsmålene.", "[]"),
        ]), optional: true, "Pasientbrosjyrens forside slik kilden trykker den.", "{…}"),
    ] + editorial

    static func contentsItem(depth: Int) -> [KeySpec] {
        var keys = [
            k("number", .sectionNumber, optional: true, "Nummeret; utelates for en unummerert del.", "\"7.1\""),
            k("title", .text, "Tittelen.", "\"…\""),
            k("absent", .text, optional: true, "Hvorfor delen ikke finnes i kilden.", "\"Finnes ikke i kilden.\""),
            k("fulfilled-by", .text, optional: true, "Hva som fyller delen i stedet (brochure).", "brochure"),
        ]
        if depth > 1 {
            keys.append(k("sections", .list(.mapping(contentsItem(depth: depth - 1))), optional: true, "Underavsnittene.", "[]"))
        }
        return keys
    }
}
