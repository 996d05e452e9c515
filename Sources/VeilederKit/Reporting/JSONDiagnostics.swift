import Foundation

enum JSONDiagnostics {
    struct Document: Encodable {
        let diagnostics: [Item]
        let summary: SummaryCounts
    }

    struct Item: Encodable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let rule: String
        let message: String
        let fixIt: String
    }

    struct SummaryCounts: Encodable {
        let errors: Int
        let warnings: Int
        let files: Int
        let text: String
    }

    static func render(_ diagnostics: [Diagnostic], pathPrefix: String, fileCount: Int) -> String {
        let document = Document(
            diagnostics: diagnostics.map { d in
                Item(file: pathPrefix + d.location.file, line: d.location.line, column: d.location.column,
                     severity: d.severity.rawValue, rule: d.ruleID, message: d.message, fixIt: d.fixIt)
            },
            summary: SummaryCounts(
                errors: diagnostics.filter { $0.severity == .error }.count,
                warnings: diagnostics.filter { $0.severity == .warning }.count,
                files: fileCount,
                text: Summary.line(diagnostics, fileCount: fileCount)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
