import Foundation

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
enum GitHubDiagnostics {
    static func render(_ diagnostics: [Diagnostic], pathPrefix: String, fileCount: Int) -> String {
        var output = ""
        for d in diagnostics {
            let properties = [
                "file=\(escapeProperty(pathPrefix + d.location.file))",
                "line=\(d.location.line)",
                "col=\(d.location.column)",
                "title=\(escapeProperty("[\(d.ruleID)]"))",
            ].joined(separator: ",")
            output += "::\(d.severity.rawValue) \(properties)::\(escapeData("\(d.message)\nSlik retter du det: \(d.fixIt)"))\n"
        }
        return output + Summary.line(diagnostics, fileCount: fileCount) + "\n"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
