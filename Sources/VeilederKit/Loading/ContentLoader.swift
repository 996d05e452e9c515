import Foundation

/// Walks `content/`, decodes every `guideline.yaml` and Markdown entry (in parallel), and collects
/// the results in path order, so the same tree always loads the same way.
public enum ContentLoader {
    public static func load(root: URL) throws -> LoadedContent {
        let paths = try contentFiles(under: root)
        let decoded = paths.parallelMap { path in decodeFile(root: root, path: path) }
        var content = LoadedContent()
        content.fileCount = paths.count
        for file in decoded { content.add(file) }
        return content
    }

    /// Loads an in-memory tree (path → text); used by rule examples and tests.
    public static func load(files: [String: [UInt8]]) -> LoadedContent {
        let paths = files.keys.filter { $0.hasSuffix(".md") || $0.hasSuffix("/guideline.yaml") }.sorted()
        var content = LoadedContent()
        content.fileCount = paths.count
        for path in paths {
            content.add(decode(bytes: files[path]!, path: path))
        }
        return content
    }

    static func decodeFile(root: URL, path: String) -> DecodedFile {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return DecodedFile(diagnostics: [Diagnostic(
                rule: InvalidUTF8Rule.description, location: SourceLocation(file: path, line: 1),
                message: "Filen kunne ikke leses.", fixIt: "Sjekk at filen finnes og kan leses.")])
        }
        return decode(bytes: [UInt8](data), path: path)
    }

    static func decode(bytes: [UInt8], path: String) -> DecodedFile {
        switch SourceDecoder.decode(bytes, path: path) {
        case .failure(let diagnostic):
            return DecodedFile(diagnostics: [diagnostic])
        case .success(let source):
            if path.hasSuffix("guideline.yaml") {
                let folder = path.split(separator: "/").dropLast().last.map(String.init) ?? ""
                return GuidelineDecoder.decode(source, folder: folder)
            }
            return EntryDecoder.decode(source)
        }
    }

    /// Whether a path relative to the content folder names a file the loader reads: `*/guideline.yaml`
    /// or `**/*.md`, outside hidden files and folders.
    public static func isContentFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let name = parts.last, !parts.contains(where: { $0.hasPrefix(".") }) else { return false }
        return name.hasSuffix(".md") || (name == "guideline.yaml" && parts.count == 2)
    }

    /// Relative paths of `*/guideline.yaml` and `**/*.md`, sorted; hidden files and folders are skipped.
    public static func contentFiles(under root: URL) throws -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadingError.contentFolderMissing(root.path)
        }
        guard let enumerator = manager.enumerator(atPath: root.path) else {
            throw LoadingError.contentFolderMissing(root.path)
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if isContentFile(path) { paths.append(path) }
        }
        return paths.sorted()
    }
}

public enum LoadingError: Error, CustomStringConvertible {
    case contentFolderMissing(String)

    public var description: String {
        switch self {
        case .contentFolderMissing(let path): "Fant ikke innholdsmappen «\(path)»."
        }
    }
}
