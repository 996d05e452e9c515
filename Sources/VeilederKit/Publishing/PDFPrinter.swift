import Foundation

/// Prints HTML to PDF with headless Chromium (`--print-to-pdf`), and reads a PDF's page count.
public enum PDFPrinter {
    public static let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"]

    /// The Chromium to use: the one named, or the first one installed.
    public static func chromium(named path: String?) -> URL? {
        let paths = path.map { [$0] } ?? candidates
        return paths.map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    public static func print(html: String, named name: String, to pdf: URL, chromium: URL) throws {
        let source = pdf.deletingLastPathComponent().appendingPathComponent(name)
        try Data(html.utf8).write(to: source)
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", source.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw PrintError.chromiumFailed(process.terminationStatus)
        }
    }

    /// The page count from the PDF's page tree (the largest `/Count` of a `/Type /Pages` object).
    public static func pageCount(of pdf: URL) throws -> Int {
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let counts = text.components(separatedBy: "/Count ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        guard let count = counts.max() else { throw PrintError.unreadable }
        return count
    }

    public enum PrintError: Error, CustomStringConvertible {
        case chromiumFailed(Int32)
        case unreadable

        public var description: String {
            switch self {
            case .chromiumFailed(let status): "Chromium klarte ikke å skrive PDF-en (kode \(status))."
            case .unreadable: "Fant ikke antall sider i PDF-en."
            }
        }
    }
}
