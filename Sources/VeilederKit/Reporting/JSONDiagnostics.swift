/// `check --format json`: every finding and a summary, for editors' tools and CI.
enum JSONDiagnostics {
    static func render(_ diagnostics: [Diagnostic], pathPrefix: String, fileCount: Int) -> String {
        let document: JSONValue = .object([
            "diagnostics": .array(diagnostics.map { d in
                .object([
                    "file": .string(pathPrefix + d.location.file), "line": .integer(d.location.line), "column": .integer(d.location.column),
                    "severity": .string(d.severity.rawValue), "rule": .string(d.ruleID), "message": .string(d.message), "fixIt": .string(d.fixIt),
                ])
            }),
            "summary": .object([
                "errors": .integer(diagnostics.filter { $0.severity == .error }.count),
                "warnings": .integer(diagnostics.filter { $0.severity == .warning }.count),
                "files": .integer(fileCount),
                "text": .string(Summary.line(diagnostics, fileCount: fileCount)),
            ]),
        ])
        return document.text(pretty: true) + "\n"
    }
}
