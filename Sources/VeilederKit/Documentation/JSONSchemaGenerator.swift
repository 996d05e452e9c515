import Foundation

/// JSON Schemas (draft 2020-12), one per kind of entry and one for `guideline.yaml`, generated from
/// `ContentSchema`, so an editor's YAML extension completes keys and flags wrong values while typing.
/// Values the tool reads as text but that look like numbers (`section: 6.2`) must be quoted strings;
/// numbers (`order`) may be written either way, as the tool accepts both.
public enum JSONSchemaGenerator {
    /// File name → schema text.
    public static func schemas() -> [(name: String, text: String)] {
        EntryKind.allCases.map { kind in
            ("\(kind.rawValue).json", document(title: "veileder: \(kind.label)", id: "\(kind.rawValue).json", keys: ContentSchema.keys(for: kind)))
        } + [("guideline.json", document(title: "veileder: guideline.yaml", id: "guideline.json", keys: ContentSchema.guidelineFile))]
    }

    static func document(title: String, id: String, keys: [KeySpec]) -> String {
        var root = object(keys)
        root["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        root["$id"] = .string(id)
        root["title"] = .string(title)
        return JSONValue.object(root).text(pretty: true) + "\n"
    }

    static func object(_ keys: [KeySpec]) -> [String: JSONValue] {
        var properties: [String: JSONValue] = [:]
        for key in keys {
            var schema = value(key.value)
            schema["description"] = .string(key.help)
            properties[key.name] = .object(schema)
        }
        return [
            "type": .string("object"),
            "properties": .object(properties),
            "required": .array(keys.filter(\.required).map { .string($0.name) }),
            "additionalProperties": .bool(false),
        ]
    }

    static func value(_ spec: ValueSpec) -> [String: JSONValue] {
        func pattern(_ text: String) -> [String: JSONValue] { ["type": .string("string"), "pattern": .string(text)] }
        switch spec {
        case .text:
            return ["type": .array([.string("string"), .string("number"), .string("boolean")])]
        case .integer:
            return ["anyOf": .array([.object(["type": .string("integer")]), .object(pattern("^-?[0-9]+$"))])]
        case .number:
            return ["anyOf": .array([.object(["type": .string("number")]), .object(pattern("^-?[0-9]+([.,][0-9]+)?$"))])]
        case .date:
            return pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        case .sectionNumber:
            return pattern("^[0-9]+(\\.[0-9]+)*$")
        case .id:
            return pattern("^[a-z0-9]+(-[a-z0-9]+)*$")
        case .vocabulary(_, let values):
            return ["type": .string("string"), "enum": .array(values.map { .string($0) })]
        case .list(let element):
            return ["type": .string("array"), "items": .object(value(element))]
        case .mapping(let keys):
            return object(keys)
        case .textMapping:
            return ["type": .string("object"), "additionalProperties": .object(["type": .array([.string("string"), .string("number"), .string("boolean")])])]
        case .lineSpans:
            return ["type": .string("array"), "items": .object(pattern("^[0-9]+(-[0-9]+)?$"))]
        case .rows:
            return ["type": .string("array"), "items": .object(["type": .string("array"), "items": .object(value(.text))])]
        }
    }
}
