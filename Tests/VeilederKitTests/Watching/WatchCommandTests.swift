import Foundation
import Testing
@testable import VeilederKit

/// `veileder watch` as a process on a copy of the real content: it must notice a saved file without
/// being told, update the page, keep the site as it was while the content has an error, and end up
/// with what a full build gives.
@Suite struct WatchCommandTests {
    /// The watch process, its output written to a file so the test can read it while it runs.
    final class Watcher {
        let process = Process()
        let log: URL

        init(content: URL, output: URL, log: URL) throws {
            self.log = log
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = TestPaths.executable
            process.arguments = ["watch", "--content", content.path, "--output", output.path,
                                 "--templates", SiteBuild.templates.path, "--today", "2026-11-22"]
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = process.standardOutput
            try process.run()
        }

        var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

        /// Waits up to 30 seconds for the condition; the log is in the message when it never holds.
        func wait(_ what: String, until condition: () -> Bool) {
            let deadline = Date().addingTimeInterval(30)
            while !condition(), Date() < deadline, process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
            #expect(condition(), "waited for \(what); the watcher printed:\n\(output)")
        }

        /// Sends SIGTERM and polls for the end (`waitUntilExit` can wait forever off the main thread on
        /// Linux); true when the process ended within five seconds.
        @discardableResult func stop() -> Bool {
            if process.isRunning { process.terminate() }
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            return !process.isRunning
        }

        deinit {
            if !stop() { kill(process.processIdentifier, SIGKILL) }
        }
    }

    @Test func aSavedFileIsRebuiltAndAnErrorLeavesTheSiteAlone() throws {
        let root = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content"), site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: TestPaths.content, to: content)
        let watcher = try Watcher(content: content, output: site, log: root.appendingPathComponent("log.txt"))
        watcher.wait("the first build") { watcher.output.contains("Følger med på") }

        let file = content.appendingPathComponent("korsrygg/anbefalinger/sengeleie-akutt.md")
        let page = site.appendingPathComponent("anbefalinger/sengeleie-akutt.html")
        let original = try String(contentsOf: file, encoding: .utf8)
        func pageText() -> String { (try? String(contentsOf: page, encoding: .utf8)) ?? "" }

        // An editor's save: the text is written to a new file and moved over the old one.
        let saved = root.appendingPathComponent("lagret.md")
        try original.replacingOccurrences(of: "som smertelindring initialt.", with: "som smertelindring de første dagene.")
            .write(to: saved, atomically: false, encoding: .utf8)
        #expect(rename(saved.path, file.path) == 0)
        watcher.wait("the page to change") { pageText().contains("de første dagene") }
        watcher.wait("the report of the rebuild") { watcher.output.contains("korsrygg/anbefalinger/sengeleie-akutt.md: ") }

        let before = pageText()
        try original.replacingOccurrences(of: "som smertelindring initialt.", with: "som smertelindring initialt. Se [dette](@finnes-ikke).")
            .write(to: file, atomically: false, encoding: .utf8)
        watcher.wait("the error to be reported") { watcher.output.contains("er urørt til feilene er rettet") }
        #expect(watcher.output.contains("sengeleie-akutt.md:22:"), "the error names file and line")
        #expect(pageText() == before)

        try original.write(to: file, atomically: false, encoding: .utf8)
        watcher.wait("the fix to be rebuilt") { pageText().contains("som smertelindring initialt.") }
        Thread.sleep(forTimeInterval: 0.3)
        let full = try SiteBuild.files(content: content, today: CalendarDate("2026-11-22"))
        #expect(SitePublisher.differences(full, comparedWith: site) == [])
        #expect(watcher.process.isRunning)
        // The test runner's threads block SIGTERM and a child inherits that; the watcher must still stop.
        #expect(watcher.stop())
    }
}
