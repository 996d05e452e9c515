struct NotNFCRule: CheckRule {
    static let description = RuleDescription(
        id: "not-nfc",
        summary: "Filen er ikke lagret i Unicode-normalform C (NFC): en bokstav som å er lagret som a pluss en ring.",
        rationale: "To filer som ser like ut, skal også være like byte for byte; ellers slår søk, sammenligning og kildekontroll feil.",
        fixIt: "Lagre filen på nytt som NFC (i VS Code: kommandoen «Normalize to NFC», eller kopier teksten inn på nytt).",
        failing: .recommendation(replacing: "Sengeleie anbefales", with: "Sengeleie anbefales (a\u{030A})"),
        passing: .recommendation())

    static let scope = RuleScope.file

    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.checked.sources.filter { !$0.wasNFC }.map { source in
            finding(SourceLocation(file: source.path, line: 1), "Filen inneholder tegn som ikke er i normalform C.")
        }
    }
}
