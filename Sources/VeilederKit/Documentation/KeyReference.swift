/// The editors' key-and-value reference (docs/redaktor/nokler.md), generated from `ContentSchema`.
public enum KeyReference {
    public static let path = "nokler.md"

    public static func markdown() -> String {
        var text = """
            # Nøkler og verdier

            <!-- Generert av `veileder docs` fra modellen (ContentSchema). Ikke rediger for hånd. -->

            Alle nøkler er påkrevd med mindre det står «valgfri». Der kilden ikke gir en verdi, skrives
            `ikke-oppgitt` (der det er en lovlig verdi), så en glemt nøkkel alltid er en feil.


            """
        for kind in EntryKind.allCases {
            text += "## \(kind.label.capitalizedFirst) (`kind: \(kind.rawValue)`)\n\n"
            text += table(ContentSchema.keys(for: kind), prefix: "")
        }
        text += "## Retningslinjen (`guideline.yaml`)\n\n"
        text += table(ContentSchema.guidelineFile, prefix: "")
        return text
    }

    /// One table for a list of keys, then a table per nested mapping, named by its path.
    static func table(_ keys: [KeySpec], prefix: String) -> String {
        var text = "| Nøkkel | Påkrevd | Verdi | Forklaring | Eksempel |\n|---|---|---|---|---|\n"
        var nested: [(String, [KeySpec])] = []
        for key in keys {
            let path = prefix + key.name
            text += "| `\(path)` | \(key.required ? "ja" : "valgfri") | \(cell(key.value.summary)) | \(cell(key.help)) | `\(key.example.replacingOccurrences(of: "|", with: "\\|"))` |\n"
            switch key.value {
            case .mapping(let inner): nested.append((path, inner))
            case .list(.mapping(let inner)): nested.append((path + "[]", inner))
            default: break
            }
        }
        text += "\n"
        for (path, inner) in nested {
            text += "**`\(path)`:**\n\n" + table(inner, prefix: path + ".")
        }
        return text
    }

    static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}

extension String {
    var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
