enum TextDiagnostics {
    static func render(_ diagnostics: [Diagnostic], pathPrefix: String, fileCount: Int) -> String {
        var output = ""
        for diagnostic in diagnostics {
            let location = diagnostic.location
            output += "\(pathPrefix)\(location.file):\(location.line):\(location.column): "
            output += "\(diagnostic.severity.rawValue) [\(diagnostic.ruleID)] \(diagnostic.message)\n"
            output += "    Slik retter du det: \(diagnostic.fixIt)\n"
        }
        return output + Summary.line(diagnostics, fileCount: fileCount) + "\n"
    }
}
