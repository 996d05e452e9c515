#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Foundation
import Synchronization

/// A site being written into a hidden folder beside the output, file by file as it is rendered, so
/// that a large site is never held in memory whole. Nothing replaces the output until `commit`; a
/// build that fails calls `discard`, and the output stays exactly as it was. A folder that this tool
/// did not create is refused before anything is written.
public final class SiteStaging: Sendable {
    public let output: URL
    let folder: URL
    /// The previous site, whose files are hard-linked when a new file holds the same bytes.
    private let previous: URL?
    /// Folders made so far, the staging folder's own included once it exists.
    private let made = Mutex<Set<String>>([])

    public init(replacing output: URL) throws {
        try SitePublisher.refuseForeignFolder(output)
        self.output = output
        let parent = output.deletingLastPathComponent()
        folder = parent.appendingPathComponent(".\(output.lastPathComponent)-tmp-\(ProcessInfo.processInfo.processIdentifier)")
        previous = FileManager.default.fileExists(atPath: output.path) ? output : nil
    }

    /// Writes one file and gives it back without its bytes: its path, anchors and links are all that
    /// verifying needs. Safe to call from every core at once. A file whose bytes the previous site
    /// already holds is hard-linked from it instead of written: creating and filling new files was most
    /// of a small site's build, and an unchanged file keeps its modification time for mirrors and caches.
    public func write(_ file: OutputFile) throws -> OutputFile {
        try makeFolder(of: file.path)
        let target = "\(folder.path)/\(file.path)"
        let old = previous.map { "\($0.path)/\(file.path)" }
        if let old, FileWriter.holds(file.segments, at: old), link(old, target) == 0 { return file.withoutBytes }
        try FileWriter.write(file.segments, to: target)
        return file.withoutBytes
    }

    /// Marks the written folder as this tool's and puts it in the output's place.
    public func commit() throws {
        _ = try write(SitePublisher.marker)
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else { return try manager.moveItem(at: folder, to: output) }
        let old = output.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent)-old-\(ProcessInfo.processInfo.processIdentifier)")
        try manager.moveItem(at: output, to: old)
        do {
            try manager.moveItem(at: folder, to: output)
        } catch {
            try? manager.moveItem(at: old, to: output)
            throw error
        }
        try? manager.removeItem(at: old)
    }

    /// Removes what was written; the output is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The staging folder is made with the first file, after clearing what a crashed build left.
    private func makeFolder(of path: String) throws {
        let parent = path.split(separator: "/").dropLast().joined(separator: "/")
        try made.withLock { made in
            if made.isEmpty {
                try SitePublisher.removeLeftovers(of: output.lastPathComponent, in: output.deletingLastPathComponent())
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                made.insert("")
            }
            guard made.insert(parent).inserted else { return }
            try FileManager.default.createDirectory(atPath: "\(folder.path)/\(parent)", withIntermediateDirectories: true)
        }
    }
}
