/// One page per check rule (docs/redaktor/regler/<id>.md) and an index, generated from each rule's
/// own description and examples — and from what `check` actually prints for the bad example.
public enum RulePages {
    public static let folder = "regler"

    public static func pages() -> [(path: String, text: String)] {
        var index = """
            # Regler i `veileder check`

            <!-- Generert av `veileder docs` fra reglene selv. Ikke rediger for hånd. -->

            Hver regel har en fast id som står i klammer i meldingen: `fil:linje:kolonne: error [regel] melding`.
            Advarsler blir feil med `--strict`, slik CI kjører.

            | Regel | Alvorlighet | Utløses av |
            |---|---|---|

            """
        var pages: [(String, String)] = []
        for rule in RuleCatalog.all {
            index += "| [\(rule.id)](\(rule.id).md) | \(severity(rule.severity)) | \(rule.summary.replacingOccurrences(of: "|", with: "\\|")) |\n"
            pages.append(("\(folder)/\(rule.id).md", page(rule)))
        }
        return [("\(folder)/README.md", index)] + pages
    }

    static func severity(_ severity: Severity) -> String { severity == .error ? "feil" : "advarsel" }

    static func page(_ rule: RuleDescription) -> String {
        let findings = Pipeline.check(files: rule.failing.contentTree, today: CalendarDate("2026-11-21")).diagnostics
            .filter { $0.ruleID == rule.id }
        var text = """
            # `\(rule.id)`

            <!-- Generert av `veileder docs` fra regelen. Ikke rediger for hånd. -->

            **Alvorlighet:** \(severity(rule.severity)).

            **Utløses av:** \(rule.summary)

            **Hvorfor:** \(rule.rationale)

            **Slik retter du det:** \(rule.fixIt)

            ## Eksempel som utløser regelen

            \(files(rule.failing))
            `veileder check` skriver:

            ```text
            \(DiagnosticFormat.text.render(findings, pathPrefix: "content/", fileCount: rule.failing.contentTree.count).trimmingCharacters(in: .newlines))
            ```

            ## Rettet

            \(files(rule.passing))
            """
        text += "[Alle regler](README.md)\n"
        return text
    }

    /// The example's own files (not the shared base guideline), each in a code block.
    static func files(_ example: RuleExample) -> String {
        example.files.keys.sorted().map { path -> String in
            var content = String(decoding: example.files[path]!, as: UTF8.self)
            if content.count > 1_200 { content = String(content.prefix(1_200)) + "\n… (\(content.count - 1_200) tegn til)\n" }
            let fence = content.contains("```") ? "~~~~" : "```"
            return "`content/\(path)`:\n\n\(fence)\(path.hasSuffix(".yaml") ? "yaml" : "markdown")\n\(content)\(content.hasSuffix("\n") ? "" : "\n")\(fence)\n"
        }.joined(separator: "\n") + "\n"
    }
}

import Foundation
