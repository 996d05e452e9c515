import Foundation
import Testing
@testable import VeilederKit

/// `JSONValue` promises the bytes Foundation's encoder writes with sorted keys and unescaped
/// slashes, so the encoder is the oracle here: the same values through both must give the same bytes.
struct JSONValueTests {
    /// The same value as a tree Foundation can encode.
    private indirect enum Oracle: Encodable {
        case string(String), integer(Int), number(Double), bool(Bool), array([Oracle]), object([String: Oracle])

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            case .array(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }

        var value: JSONValue {
            switch self {
            case .string(let value): .string(value)
            case .integer(let value): .integer(value)
            case .number(let value): .number(value)
            case .bool(let value): .bool(value)
            case .array(let value): .array(value.map(\.value))
            case .object(let value): .object(value.mapValues(\.value))
            }
        }
    }

    private static let sample: Oracle = .object([
        "text": .string("a/b \"sitat\" \\ ø æ å – «» \u{1}\u{8}\u{c}\n\r\t\u{1b}\u{7f}\u{2028} </script>"),
        "empty-list": .array([]),
        "empty-map": .object([:]),
        "numbers": .array([.integer(-3), .integer(0), .number(2.5), .number(12), .number(1e-7), .number(1e20), .number(0.1)]),
        "flags": .array([.bool(true), .bool(false)]),
        "nested": .array([.object(["b": .string("x"), "a": .array([.object([:]), .array([])])])]),
        // Keys in byte order, not in the order a person would sort them.
        "$schema": .integer(1), "10": .integer(2), "9": .integer(3), "@type": .integer(4), "A": .integer(5), "a-b": .integer(6),
        "a.b": .integer(7), "aB": .integer(8), "a_b": .integer(9), "é": .integer(10), "ø": .integer(11), "z": .integer(12),
    ])

    private static func foundation(_ value: Oracle, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// Strings are read eight bytes at a time while nothing needs escaping: every escaped byte at
    /// every place in and around a word, and texts with none, must come out as the encoder writes them.
    @Test func escapesEveryByteWhereverItFallsInAWord() throws {
        let escaped: [Character] = ["\"", "\\", "\n", "\t", "\u{1}", "\u{1f}", "\u{0}"]
        var texts = ["", "a", "abcdefgh", "abcdefghijklmnopq", "ø æ å – «» sitater ‘’ og / skråstrek", String(repeating: "x", count: 100)]
        for character in escaped {
            for position in 0..<20 {
                var text = Array("abcdefghijklmnopqrstuvw ø")
                text.insert(character, at: position)
                texts.append(String(text))
            }
        }
        texts.append(String(repeating: "\"\n", count: 13))
        for text in texts {
            let ours = JSONValue.string(text).bytes(pretty: false)
            let theirs = try JSONValueTests.foundation(.string(text), pretty: false)
            #expect(ours == theirs, "\(text.debugDescription)")
        }
    }

    @Test(arguments: [false, true])
    func writesTheBytesFoundationWrites(pretty: Bool) throws {
        let ours = JSONValueTests.sample.value.bytes(pretty: pretty)
        let theirs = try JSONValueTests.foundation(JSONValueTests.sample, pretty: pretty)
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: theirs, as: UTF8.self))
    }

    @Test func readsBackAsTheSameValues() throws {
        let bytes = JSONValueTests.sample.value.bytes(pretty: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["text"] as? String == "a/b \"sitat\" \\ ø æ å – «» \u{1}\u{8}\u{c}\n\r\t\u{1b}\u{7f}\u{2028} </script>")
        #expect((object["numbers"] as? [Double]) == [-3, 0, 2.5, 12, 1e-7, 1e20, 0.1])
    }

    @Test func putsSerialisedPiecesInAtTheirDepth() throws {
        let piece: JSONValue = .object(["b": .array([.integer(1)]), "a": "x"])
        let whole: JSONValue = .object(["list": .array([piece, piece])])
        let assembled: JSONValue = .object(["list": .serializedList(Array(repeating: piece.bytes(pretty: true, depth: 2), count: 2))])
        #expect(assembled.bytes(pretty: true) == whole.bytes(pretty: true))
        #expect(assembled.segments(pretty: true).flatMap { $0 } == whole.bytes(pretty: true))
        #expect(JSONValue.object(["list": .serializedList([])]).bytes(pretty: true) == JSONValue.object(["list": .array([])]).bytes(pretty: true))
        #expect(whole.text() == #"{"list":[{"a":"x","b":[1]},{"a":"x","b":[1]}]}"#)
    }
}
