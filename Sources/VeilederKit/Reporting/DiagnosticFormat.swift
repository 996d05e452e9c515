import Foundation

/// How `check` prints its findings.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `path:line:column: error [rule] message`, then the fix-it indented.
    case text
    /// One JSON document with every finding and a summary.
    case json
    /// GitHub Actions workflow commands, so findings appear on the changed lines of a pull request.
    case github

    /// `pathPrefix` is put in front of content-relative paths (`content/`) so editors can click them.
    public func render(_ diagnostics: [Diagnostic], pathPrefix: String, fileCount: Int) -> String {
        switch self {
        case .text: TextDiagnostics.render(diagnostics, pathPrefix: pathPrefix, fileCount: fileCount)
        case .json: JSONDiagnostics.render(diagnostics, pathPrefix: pathPrefix, fileCount: fileCount)
        case .github: GitHubDiagnostics.render(diagnostics, pathPrefix: pathPrefix, fileCount: fileCount)
        }
    }
}

enum Summary {
    /// «2 feil og 1 advarsel i 14 filer.» / «Ingen funn i 14 filer.»
    static func line(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let files = fileCount == 1 ? "1 fil" : "\(fileCount) filer"
        guard !diagnostics.isEmpty else { return "Ingen funn i \(files)." }
        let parts = [
            errors == 0 ? nil : "\(errors) feil",
            warnings == 0 ? nil : (warnings == 1 ? "1 advarsel" : "\(warnings) advarsler"),
        ].compactMap { $0 }
        return "\(parts.joined(separator: " og ")) i \(files)."
    }
}
