import Foundation
import Mustache

/// The Mustache templates in `templates/`, loaded once per build. Every page goes through `layout`.
public struct TemplateSet: Sendable {
    public static let required = [
        "layout", "front", "guideline", "chapter", "recommendation", "recommendations", "recommendation-group", "recommendation-row", "definition", "category",
        "questionnaire", "questionnaire-item", "brochure", "article", "recommendation-table", "recommendation-table-row", "grading-table", "data-table", "people",
        "advice", "glossary", "glossary-term", "search", "brochure-print", "link-item", "contents-item",
    ]

    let library: MustacheLibrary
    /// Kept with the templates they were made from, so `veileder watch` keeps them between rebuilds.
    let shells: TemplateShells
    /// Static files beside the templates (`assets/…`), copied to the site as they are.
    public let assets: [OutputFile]
    /// Each template's text, so that `veileder watch` can tell which templates a change touched.
    let sources: [String: String]
    /// Where the templates this set renders are noted, for one render job (`recording(into:)`).
    private var use: TemplateUse?

    public static func load(from folder: URL) throws -> TemplateSet {
        FastHTMLContentType.register()
        let parsed = required.parallelMap { name in Result { try ParsedTemplate(name, in: folder) } }
        var library = MustacheLibrary()
        var shellable: [String: Set<String>] = [:]
        var sources: [String: String] = [:]
        for (name, result) in zip(required, parsed) {
            let template = try result.get()
            library.register(template.template, named: name)
            shellable[name] = template.keysReadBySections
            sources[name] = template.source
        }
        return TemplateSet(
            library: library, shells: TemplateShells(shellable: shellable),
            assets: try assetFiles(in: folder.appendingPathComponent("assets")), sources: sources)
    }

    /// The same templates, noting in `use` every template rendered through them.
    func recording(into use: TemplateUse) -> TemplateSet {
        var recording = self
        recording.use = use
        return recording
    }

    /// The templates whose text differs between two sets, and whether the assets do.
    static func changes(from old: TemplateSet, to new: TemplateSet) -> (templates: Set<String>, assets: Bool) {
        let names = Set(old.sources.keys).union(new.sources.keys).filter { old.sources[$0] != new.sources[$0] }
        let assets = old.assets.map(\.path) != new.assets.map(\.path) || !zip(old.assets, new.assets).allSatisfy { $0.hasSameBytes(as: $1) }
        return (names, assets)
    }

    /// One template read and parsed, on any thread.
    private struct ParsedTemplate: Sendable {
        let template: MustacheTemplate
        let source: String
        /// Nil when the template cannot be rendered from shells.
        let keysReadBySections: Set<String>?

        init(_ name: String, in folder: URL) throws {
            let url = folder.appendingPathComponent("\(name).mustache")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw TemplateError(file: "templates/\(name).mustache", message: "Malen mangler.")
            }
            source = text
            do {
                template = try MustacheTemplate(string: FastHTMLContentType.pragma + text)
            } catch {
                throw TemplateError(file: "templates/\(name).mustache", message: "Malen kan ikke leses: \(error).")
            }
            keysReadBySections = TemplateShells.canShell(text) ? TemplateShells.keysRead(bySectionsIn: text) : nil
        }
    }

    /// A view that answers lookups itself is passed as one from where its type is known: asking the
    /// runtime whether an `Any` is a `MustacheParent` was a conformance check per page.
    func render(_ view: any MustacheParent, _ name: String) -> String {
        use?.insert(name)
        return shells.render(view, name, library: library).string
    }

    func render(_ view: Any, _ name: String) -> String {
        use?.insert(name)
        return shells.render(reflecting: view, name, library: library).string
    }

    /// The same text as `render`, as bytes, without making a `String` of a page put together from a shell.
    func renderBytes(_ view: any MustacheParent, _ name: String) -> [UInt8] {
        use?.insert(name)
        return shells.render(view, name, library: library).bytes
    }

    func renderBytes(_ view: Any, _ name: String) -> [UInt8] {
        use?.insert(name)
        return shells.render(reflecting: view, name, library: library).bytes
    }

    private static func assetFiles(in folder: URL) throws -> [OutputFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            OutputFile(path: "assets/\(name)", bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }
}

/// The templates one render job used, noted from whichever core renders its pieces.
final class TemplateUse: @unchecked Sendable {
    private let lock = NSLock()
    private var names: Set<String> = []

    func insert(_ name: String) {
        lock.lock()
        names.insert(name)
        lock.unlock()
    }

    var used: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return names
    }
}

public struct TemplateError: Error, CustomStringConvertible {
    public let file: String
    public let message: String
    public var description: String { "\(file): \(message)" }
}
