import Foundation

/// Brings a published site up to date file by file: each changed file is written beside its place
/// and renamed over it, so a reader never sees a half-written page; files the site no longer has
/// are removed, and folders left empty with them.
public enum SiteUpdater {
    public static func apply(changed: [OutputFile], removed: [String], to output: URL) throws {
        try SitePublisher.refuseForeignFolder(output)
        let manager = FileManager.default
        let suffix = ".veileder-tmp-\(ProcessInfo.processInfo.processIdentifier)"
        for folder in Set(changed.map { output.appendingPathComponent($0.path).deletingLastPathComponent() }) {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        // On all cores: a rebuild of a large base rewrites the export and the search index, megabytes each.
        let failures = changed.parallelMap { file -> Error? in
            let target = output.appendingPathComponent(file.path)
            let temporary = target.deletingLastPathComponent().appendingPathComponent("." + target.lastPathComponent + suffix)
            do {
                try FileWriter.write(file.segments, to: temporary.path)
            } catch {
                return error
            }
            guard rename(temporary.path, target.path) == 0 else {
                let code = errno
                try? FileManager.default.removeItem(at: temporary)
                return PublishError.writeFailed(file.path, code)
            }
            return nil
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        for path in removed {
            try? manager.removeItem(at: output.appendingPathComponent(path))
            var folder = output.appendingPathComponent(path).deletingLastPathComponent()
            while folder.path.count > output.path.count, (try? manager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
                try? manager.removeItem(at: folder)
                folder = folder.deletingLastPathComponent()
            }
        }
    }
}
