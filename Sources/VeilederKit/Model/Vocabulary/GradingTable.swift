/// The guideline's Table 1 (section 5.5), «Nivået på dokumentasjonen og styrken på anbefalingene»,
/// in its own words. The method chapter renders it from here instead of typing it.
public enum GradingTable {
    public static let caption = "Tabell 1. Nivået på dokumentasjonen og styrken på anbefalingene"

    public static let evidenceRows: [(level: EvidenceLevel, definition: String)] = [
        (.meget, "En god systematisk oversikt med minst én studie med god design"),
        (.god, "Minst én god studie"),
        (.manglende, "Ingen gode studier"),
    ]

    public static let strengthRows: [(name: String, definition: String)] = [
        ("Sterk grad", "Basert på meget god dokumentasjon (nivå ***) og enighet i arbeidsgruppen om validiteten av dokumentasjonen, appliserbarhet og avveining av nytte og ulempe"),
        ("Moderat grad", "Basert på minst én god studie (nivå **) og enighet om validiteten av dokumentasjonen, appliserbarhet og avveining av nytte og ulempe"),
        ("Svak grad", "Basert på manglende/motstridende dokumentasjon (nivå *) og enighet om appliserbarhet og avveining av nytte og ulempe"),
        ("Ikke grunnlag for å anbefale", "Helt utilstrekkelig/motstridende dokumentasjon"),
        ("Anbefales ikke", "Basert på tilstrekkelig dokumentasjon om at behandlingen eller tiltaket ikke virker"),
    ]

    /// Where the table stands in the source.
    public static let source = Provenance(document: "002_a4bd0556ff58bc19.txt", spans: [LineSpan(first: 1251, last: 1278)])
}
