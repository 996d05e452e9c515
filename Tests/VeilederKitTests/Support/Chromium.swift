import Foundation
import Testing

/// Headless Chromium from Debian's packages, for tests of what a person sees. One page at a time,
/// with a timeout. When `CI` is set a missing Chromium fails the tests; locally they are skipped.
enum Chromium {
    static let executable: URL? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Whether browser tests run: true with Chromium; false (skipped) without it, unless CI requires it.
    static var shouldRun: Bool { executable != nil || isRequired }

    static let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-extensions", "--disable-background-networking", "--disable-sync"]

    /// The DOM after scripts have run.
    static func dumpDOM(_ url: URL, extraFlags: [String] = []) throws -> String {
        try run(flags + extraFlags + ["--dump-dom", url.absoluteString]).standardOutput
    }

    static func run(_ arguments: [String], timeout: TimeInterval = 60) throws -> ProcessResult {
        guard let executable else {
            throw ChromiumMissing()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        _ = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        return ProcessResult(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self), standardError: "")
    }

    struct ChromiumMissing: Error, CustomStringConvertible {
        var description: String { "Chromium is missing: install Debian's chromium (CI installs it in .ci/run)" }
    }
}

/// The real content built once into a temporary folder, for the browser tests.
enum BuiltSite {
    static let root: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-browser-\(ProcessInfo.processInfo.processIdentifier)")
        let files = try! SiteBuild.files(content: TestPaths.content)
        try? FileManager.default.removeItem(at: folder)
        try! VeilederKit.SitePublisher.publish(files, to: folder)
        return folder
    }()

    static func url(_ path: String, query: String? = nil) -> URL {
        var components = URLComponents(url: root.appendingPathComponent(path), resolvingAgainstBaseURL: false)!
        if let query { components.percentEncodedQuery = query }
        return components.url!
    }
}

import VeilederKit
