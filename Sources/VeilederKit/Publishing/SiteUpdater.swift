import Foundation

/// Brings a published site up to date file by file: each changed file is written beside its place
/// and renamed over it, so a reader never sees a half-written page; files the site no longer has
/// are removed, and folders left empty with them.
public enum SiteUpdater {
    public static func apply(changed: [OutputFile], removed: [String], to output: URL) throws {
        try SitePublisher.refuseForeignFolder(output)
        let manager = FileManager.default
        let suffix = ".veileder-tmp-\(ProcessInfo.processInfo.processIdentifier)"
        for file in changed {
            let target = output.appendingPathComponent(file.path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = target.deletingLastPathComponent().appendingPathComponent("." + target.lastPathComponent + suffix)
            try FileWriter.write(file.bytes, to: temporary.path)
            guard rename(temporary.path, target.path) == 0 else {
                let code = errno
                try? manager.removeItem(at: temporary)
                throw PublishError.writeFailed(file.path, code)
            }
        }
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
