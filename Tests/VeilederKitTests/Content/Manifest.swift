import Foundation
import Yams

/// A transcription manifest (docs/dev/manifests.md), read with Yams as plain data: the test compares
/// it with the entries, so it must not go through the loader it checks.
struct Manifest: @unchecked Sendable {  // read-only after loading
    let file: String
    let document: String
    let secondReader: String
    let recommendations: [[String: Any]]
    let definitions: [[String: Any]]
    let categories: [[String: Any]]
    let lists: [[String: Any]]

    static func all() throws -> [Manifest] {
        let folder = TestPaths.manifests
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let root = (try Yams.load(yaml: text) as? [String: Any]) ?? [:]
            return Manifest(
                file: name,
                document: root["document"] as? String ?? "",
                secondReader: root["second-reader"] as? String ?? "",
                recommendations: root["recommendations"] as? [[String: Any]] ?? [],
                definitions: root["definitions"] as? [[String: Any]] ?? [],
                categories: root["categories"] as? [[String: Any]] ?? [],
                lists: root["lists"] as? [[String: Any]] ?? [])
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    /// A scalar as the text written (Yams may have read `1` as a number).
    func text(_ key: String) -> String? {
        switch self[key] {
        case let value as String: value
        case let value as Int: String(value)
        case let value as Double: String(value)
        case let value as Bool: value ? "true" : "false"
        default: nil
        }
    }

    func texts(_ key: String) -> [String] {
        (self[key] as? [Any])?.map { element in
            switch element {
            case let value as String: value
            case let value as Int: String(value)
            default: "\(element)"
            }
        } ?? []
    }
}
