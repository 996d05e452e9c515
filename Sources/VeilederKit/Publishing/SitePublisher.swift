import Foundation

/// Writes the site atomically: everything is written into a hidden folder beside the output, which
/// then replaces the output by renames. A failed build leaves the previous site exactly as it was; a
/// folder that this tool did not create is never replaced.
public enum SitePublisher {
    /// The file that marks a folder as made by this tool.
    public static let markerName = ".veileder-site"
    static let markerText = "Denne mappen lages av «veileder build» og erstattes ved hver bygging.\n"

    public static func publish(_ files: [OutputFile], to output: URL) throws {
        let manager = FileManager.default
        try refuseForeignFolder(output)
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        try removeLeftovers(of: name, in: parent)
        let staging = parent.appendingPathComponent(".\(name)-tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try write(files + [marker], into: staging, reusingFrom: manager.fileExists(atPath: output.path) ? output : nil)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        if manager.fileExists(atPath: output.path) {
            let old = parent.appendingPathComponent(".\(name)-old-\(ProcessInfo.processInfo.processIdentifier)")
            try manager.moveItem(at: output, to: old)
            do {
                try manager.moveItem(at: staging, to: output)
            } catch {
                try? manager.moveItem(at: old, to: output)
                throw error
            }
            try? manager.removeItem(at: old)
        } else {
            try manager.moveItem(at: staging, to: output)
        }
    }

    /// Paths that differ between the rendered files and the folder: changed, missing or extra.
    public static func differences(_ files: [OutputFile], comparedWith output: URL) -> [String] {
        let expected = files + [marker]
        let existing = Set(listFiles(in: output))
        var differing: [String] = []
        for file in expected {
            let path = output.appendingPathComponent(file.path).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                differing.append("mangler: \(file.path)")
                continue
            }
            if !FileWriter.holds(file.segments, at: path) { differing.append("endret: \(file.path)") }
        }
        differing += existing.subtracting(expected.map(\.path)).map { "overflødig: \($0)" }
        return differing.sorted()
    }

    static var marker: OutputFile { OutputFile(path: markerName, bytes: Array(markerText.utf8)) }

    static func refuseForeignFolder(_ output: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw PublishError.notAFolder(output.path) }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        if !contents.isEmpty && !contents.contains(markerName) { throw PublishError.foreignFolder(output.path) }
    }

    /// Staging and old folders a crashed build left behind (they carry the marker).
    static func removeLeftovers(of name: String, in parent: URL) throws {
        let siblings = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for sibling in siblings where sibling.hasPrefix(".\(name)-tmp-") || sibling.hasPrefix(".\(name)-old-") {
            let url = parent.appendingPathComponent(sibling)
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(markerName).path)
                || ((try? FileManager.default.contentsOfDirectory(atPath: url.path))?.isEmpty ?? false) {
                try? FileManager.default.removeItem(at: url)
            }
        }
    }

    /// Plain writes without a sync per file, on all cores: the rename at the end is what makes the
    /// result appear, so the order of the writes does not matter. A file whose bytes the previous
    /// site already holds is hard-linked from it instead: creating and filling new files was most of
    /// a small site's build, and an unchanged file keeps its modification time for mirrors and caches.
    static func write(_ files: [OutputFile], into root: URL, reusingFrom previous: URL? = nil) throws {
        let base = root.path
        let folders = Set(files.map { file in file.path.split(separator: "/").dropLast().joined(separator: "/") })
        for folder in folders.sorted() where !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: "\(base)/\(folder)", withIntermediateDirectories: true)
        }
        let failures = files.parallelMap { file -> Error? in
            let target = "\(base)/\(file.path)"
            if let previous, FileWriter.holds(file.segments, at: "\(previous.path)/\(file.path)"),
               link("\(previous.path)/\(file.path)", target) == 0 {
                return nil
            }
            do {
                try FileWriter.write(file.segments, to: target)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    static func listFiles(in root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths
    }
}

public enum PublishError: Error, CustomStringConvertible {
    case foreignFolder(String)
    case notAFolder(String)
    case writeFailed(String, Int32)

    public var description: String {
        switch self {
        case .foreignFolder(let path):
            "«\(path)» er ikke laget av veileder (mangler \(SitePublisher.markerName)); den blir ikke erstattet. Velg en tom eller ny mappe."
        case .notAFolder(let path): "«\(path)» finnes og er ikke en mappe."
        case .writeFailed(let path, let code): "Kunne ikke skrive «\(path)» (feilkode \(code))."
        }
    }
}
