import Foundation

/// Writes the site atomically (`SiteStaging`: a hidden folder beside the output replaces it by
/// renames), or compares a build with it. Files are written without a sync per file: the rename at the
/// end is what makes the result appear, so the order of the writes does not matter.
public enum SitePublisher {
    /// The file that marks a folder as made by this tool.
    public static let markerName = ".veileder-site"
    static let markerText = "Denne mappen lages av «veileder build» og erstattes ved hver bygging.\n"

    /// Writes files already rendered, on all cores, through a `SiteStaging`.
    public static func publish(_ files: [OutputFile], to output: URL) throws {
        let staging = try SiteStaging(replacing: output)
        do {
            let failures = files.parallelMap { file -> Error? in
                do { _ = try staging.write(file); return nil } catch { return error }
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            try staging.commit()
        } catch {
            staging.discard()
            throw error
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
