/// Where each page lives in `site/`, and how one page links to another: always relative, always
/// naming a file, so the site works from `file://`.
public enum SitePaths {
    public static let frontPage = "index.html"
    public static let brochure = "brosjyre/index.html"
    public static let stylesheet = "assets/veileder.css"
    public static let recommendations = "anbefalinger/index.html"
    public static let glossary = "definisjoner/index.html"
    public static let search = "sok.html"
    public static let searchIndex = "assets/sokeindeks.js"
    public static let overviewScript = "assets/oversikt.js"
    public static let searchScript = "assets/sok.js"
    public static let questionnaireScript = "assets/skjema.js"

    public static func guideline(_ id: String) -> String { "\(id)/index.html" }

    public static func folder(of kind: EntryKind) -> String {
        switch kind {
        case .recommendation: "anbefalinger"
        case .definition: "definisjoner"
        case .category: "kategorier"
        case .questionnaire: "skjema"
        case .brochure: "brosjyre"
        case .chapter: "kapitler"
        case .article: "artikler"
        }
    }

    /// The page an entry is shown on, and the anchor on it (brochure sections share one page).
    public static func location(of entry: Entry) -> (page: String, anchor: String?) {
        entry.kind == .brochure ? (brochure, entry.id.rawValue) : ("\(folder(of: entry.kind))/\(entry.id).html", nil)
    }

    /// A relative href from the page at `from` to `target` (both site-relative paths), with an anchor.
    public static func href(from: String, to target: String, anchor: String? = nil) -> String {
        let slash = UInt8(ascii: "/")
        // The folders both paths share: the bytes up to their last common "/".
        var shared = 0
        for (offset, (a, b)) in zip(from.utf8, target.utf8).enumerated() {
            guard a == b else { break }
            if a == slash { shared = offset + 1 }
        }
        let up = from.utf8.dropFirst(shared).lazy.filter { $0 == slash }.count
        var href = String(repeating: "../", count: up)
        href += Substring(target.utf8.dropFirst(shared))
        if let anchor {
            href += "#"
            href += anchor
        }
        return href
    }
}
