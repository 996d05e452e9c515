enum InvalidUTF8Rule {
    static let description = RuleDescription(
        id: "invalid-utf8", stage: .loading,
        summary: "Filen er ikke lagret som gyldig UTF-8 (for eksempel Windows-1252 eller Latin-1).",
        rationale: "Med feil tegnkoding blir æ, ø og å til tegnrot på nettsidene og i utdelingsarkene.",
        fixIt: "Lagre filen på nytt som UTF-8 («Save with encoding: UTF-8» i VS Code).",
        failing: RuleExample(bytes: [
            "korsrygg/anbefalinger/sengeleie-akutt.md":
                Array(ExampleEntries.recommendation.utf8.prefix(80)) + [0xF8] + Array("rste\n".utf8),
        ]),
        passing: .recommendation())
}
