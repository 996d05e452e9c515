/// The text `veileder new` writes: every required key with a short Norwegian comment, `ikke-oppgitt`
/// where that is a legal value, and a body to fill in.
public enum EntryScaffold {
    public static func text(kind: EntryKind, id: String, guideline: Guideline?) -> String {
        var lines = ["---"]
        for key in ContentSchema.keys(for: kind) where key.required || key.name == "source" && kind == .definition {
            lines += render(key, indent: "", kind: kind, id: id, guideline: guideline)
        }
        lines.append("---")
        switch kind {
        case .recommendation:
            lines += ["Skriv anbefalingens tekst her, slik kilden skriver den.", "", "## Dokumentasjon", "",
                      "Skriv dokumentasjonen her.", ""]
        case .chapter:
            let first = guideline.flatMap { g in g.allContentsItems.first { $0.number != nil } }
            lines += ["## \(first.map { "\($0.number!) \($0.title)" } ?? "Avsnitt")", "", "Skriv kapittelets tekst her.", ""]
        case .brochure:
            lines += ["Skriv avsnittet her, med en [lenke](@...) til det det bygger på.", ""]
        default:
            lines += ["Skriv teksten her.", ""]
        }
        return lines.joined(separator: "\n")
    }

    static func render(_ key: KeySpec, indent: String, kind: EntryKind, id: String, guideline: Guideline?) -> [String] {
        var lines = ["\(indent)# \(key.help)"]
        switch key.value {
        case .mapping(let inner):
            lines.append("\(indent)\(key.name):")
            for nested in inner where nested.required {
                lines += render(nested, indent: indent + "  ", kind: kind, id: id, guideline: guideline)
            }
        default:
            lines.append("\(indent)\(key.name): \(value(key, kind: kind, id: id, guideline: guideline))")
        }
        return lines
    }

    static func value(_ key: KeySpec, kind: EntryKind, id: String, guideline: Guideline?) -> String {
        switch (key.name, key.value) {
        case ("kind", _): return kind.rawValue
        case ("id", _): return id
        case ("guideline", _): return guideline?.id ?? "korsrygg"
        case ("section", _), ("number", .sectionNumber):
            let number = guideline?.allContentsItems.first { $0.number?.contains(".") == (key.name == "section") }?.number
            return "\"\(number ?? "1")\""
        case (_, .vocabulary(_, let values)):
            if values.contains("ikke-oppgitt") { return "ikke-oppgitt" }
            if values.contains("uklar") { return "uklar" }
            return values.contains(key.example) ? key.example : values[0]
        case (_, .list(.vocabulary(_, let values))):
            return values.contains("ikke-oppgitt") ? "[ikke-oppgitt]" : "[]"
        case (_, .list):
            return "[]"
        case ("as-written", _), ("direction-as-written", _):
            return "ikke-oppgitt"
        case ("lines", _):
            return "[\"1-2\"]"
        default:
            return key.example
        }
    }
}
