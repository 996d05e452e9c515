/// A JSON value, and its serialisation: the files the site holds (search index, export, JSON-LD,
/// FHIR, schemas) and `check --format json` are written from these.
///
/// The bytes are those Foundation's `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` when asked): keys in byte order, `" : "` and two
/// spaces per level when pretty, an empty list or mapping as an opening and a closing line with an
/// empty line between. Written straight to bytes: the encoder's `Codable` boxes were a tenth of a build.
/// Not `indirect`: lists and mappings keep their elements on the heap already, and a box per value
/// was an allocation per text of every export record.
enum JSONValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    /// A list whose elements were serialised earlier, put in as they are: pretty ones must have been
    /// written at the depth they land at. Lets the pieces of a large file be made in parallel and
    /// kept between rebuilds.
    case serializedList([[UInt8]])

    /// A list of texts.
    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// `depth`: how many levels deep the value will sit, for the indentation of its inner lines.
    func bytes(pretty: Bool = false, depth: Int = 0) -> [UInt8] {
        var output: [UInt8] = []
        // Reserved up front: a document of many serialised pieces is megabytes, and growing into it
        // would leave up to twice that allocated for as long as the file is kept.
        output.reserveCapacity(serializedSize + 256)
        write(into: &output, pretty: pretty, depth: depth)
        return output
    }

    /// The bytes of the serialised pieces this value holds.
    private var serializedSize: Int {
        switch self {
        case .serializedList(let elements): elements.reduce(0) { $0 + $1.count + 2 }
        case .array(let elements): elements.reduce(0) { $0 + $1.serializedSize + 2 }
        case .object(let members): members.values.reduce(0) { $0 + $1.serializedSize }
        default: 0
        }
    }

    /// The bytes as segments: each serialised piece is a segment of its own, not copied, and the
    /// bytes between pieces are gathered into small segments. For files made of many kept pieces.
    func segments(pretty: Bool = false) -> [[UInt8]] {
        var output = SegmentedBytes()
        write(into: &output, pretty: pretty, depth: 0)
        return output.finished()
    }

    func text(pretty: Bool = false) -> String { String(decoding: bytes(pretty: pretty), as: UTF8.self) }

    /// The compact text, safe inside a `<script>` element of a page.
    var scriptText: String { String(decoding: JSONValue.escapingClosingTags(bytes()), as: UTF8.self) }

    /// `</` written `<\/`, so that no text in the JSON can close the script element it sits in.
    static func escapingClosingTags(_ json: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(json.count + 8)
        for (index, byte) in json.enumerated() {
            result.append(byte)
            if byte == UInt8(ascii: "<"), index + 1 < json.count, json[index + 1] == UInt8(ascii: "/") { result.append(UInt8(ascii: "\\")) }
        }
        return result
    }

    func write<Output: JSONOutput>(into output: inout Output, pretty: Bool, depth: Int) {
        switch self {
        case .string(let value): JSONValue.writeString(value, into: &output)
        case .integer(let value): output.append(contentsOf: String(value).utf8)
        case .number(let value): output.append(contentsOf: JSONValue.numberText(value).utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .serializedList(let elements):
            JSONValue.writeContainer(open: 0x5B, close: 0x5D, count: elements.count, into: &output, pretty: pretty, depth: depth) {
                $1.appendSerialized(elements[$0])
            }
        case .array(let elements):
            JSONValue.writeContainer(open: 0x5B, close: 0x5D, count: elements.count, into: &output, pretty: pretty, depth: depth) {
                elements[$0].write(into: &$1, pretty: pretty, depth: depth + 1)
            }
        case .object(let members):
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            JSONValue.writeContainer(open: 0x7B, close: 0x7D, count: sorted.count, into: &output, pretty: pretty, depth: depth) {
                JSONValue.writeString(sorted[$0].key, into: &$1)
                $1.append(contentsOf: pretty ? [0x20, 0x3A, 0x20] : [0x3A])
                sorted[$0].value.write(into: &$1, pretty: pretty, depth: depth + 1)
            }
        }
    }

    /// A list or mapping of `count` elements, each written by `element`: the brackets, the commas,
    /// and when pretty the lines and indentation.
    static func writeContainer<Output: JSONOutput>(
        open: UInt8, close: UInt8, count: Int, into output: inout Output, pretty: Bool, depth: Int,
        element: (Int, inout Output) -> Void
    ) {
        output.append(open)
        guard pretty else {
            for index in 0..<count {
                if index > 0 { output.append(0x2C) }
                element(index, &output)
            }
            output.append(close)
            return
        }
        if count == 0 { output.append(0x0A) }
        for index in 0..<count {
            output.append(contentsOf: index > 0 ? [0x2C, 0x0A] : [0x0A])
            indent(depth + 1, into: &output)
            element(index, &output)
        }
        output.append(0x0A)
        indent(depth, into: &output)
        output.append(close)
    }

    private static func indent<Output: JSONOutput>(_ depth: Int, into output: inout Output) {
        output.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    static func writeString<Output: JSONOutput>(_ value: String, into output: inout Output) {
        var value = value
        value.withUTF8 { writeString(utf8: $0, into: &output) }
    }

    /// A text given as its UTF-8 bytes, quoted and escaped as `writeString` does.
    static func writeString<Output: JSONOutput>(utf8 bytes: UnsafeBufferPointer<UInt8>, into output: inout Output) {
        output.append(0x22)
        var runStart = 0
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while none needs escaping, as in most of a text.
            if index + 8 <= bytes.count,
               !mayNeedEscaping(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            index += 1
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            output.append(contentsOf: bytes[runStart..<index - 1])
            runStart = index
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x08: output.append(contentsOf: [0x5C, 0x62])
            case 0x0C: output.append(contentsOf: [0x5C, 0x66])
            case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: output.append(contentsOf: [0x5C, 0x72])
            case 0x09: output.append(contentsOf: [0x5C, 0x74])
            default:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
        output.append(contentsOf: bytes[runStart...])
        output.append(0x22)
    }

    /// Whether any of eight bytes may be below 0x20, a quote or a backslash; never false when one is
    /// (the bit tricks for "a byte less than n" and "a zero byte").
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let belowSpace = (word &- ones &* 0x20) & ~word & highs != 0
        return belowSpace || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// Whole numbers that a double holds exactly are written without a fraction, as the encoder does.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) <= 9_007_199_254_740_992 {
            return value == 0 && value.sign == .minus ? "-0" : String(Int(value))
        }
        return value.description
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .integer(value) }
}

/// Where JSON is written: one array of bytes, or segments.
protocol JSONOutput {
    mutating func append(_ byte: UInt8)
    mutating func append<Bytes: Sequence<UInt8>>(contentsOf bytes: Bytes)
    /// A piece serialised earlier.
    mutating func appendSerialized(_ bytes: [UInt8])
}

extension Array: JSONOutput where Element == UInt8 {
    mutating func appendSerialized(_ bytes: [UInt8]) { append(contentsOf: bytes) }
}

/// Bytes kept as segments: serialised pieces as they are, what lies between them gathered. What lies
/// between pieces is mostly the same comma and indentation, kept once rather than once per piece.
struct SegmentedBytes: JSONOutput {
    private var segments: [[UInt8]] = []
    private var current: [UInt8] = []
    private var lastBetween: [UInt8] = []

    mutating func append(_ byte: UInt8) { current.append(byte) }
    mutating func append<Bytes: Sequence<UInt8>>(contentsOf bytes: Bytes) { current.append(contentsOf: bytes) }

    mutating func appendSerialized(_ bytes: [UInt8]) {
        if !current.isEmpty {
            if current != lastBetween { lastBetween = current }
            segments.append(lastBetween)
            current.removeAll(keepingCapacity: true)
        }
        segments.append(bytes)
    }

    consuming func finished() -> [[UInt8]] {
        if !current.isEmpty || segments.isEmpty { segments.append(current) }
        return segments
    }
}
