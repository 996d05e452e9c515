import Foundation

/// Turns a file's bytes into text: checks size and UTF-8, drops a BOM, turns CRLF into LF, normalises to NFC.
enum SourceDecoder {
    static let maximumFileSize = 1_000_000

    static func decode(_ bytes: [UInt8], path: String) -> Result<SourceFile, Diagnostic> {
        if bytes.count > maximumFileSize {
            return .failure(Diagnostic(
                rule: FileTooLargeRule.description,
                location: SourceLocation(file: path, line: 1),
                message: "Filen er \(bytes.count) byte; grensen er \(maximumFileSize) byte."))
        }
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard var text = bytes.withContiguousStorageIfAvailable({ String(validating: $0, as: UTF8.self) }) ?? String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8Position(in: Array(bytes))
            return .failure(Diagnostic(
                rule: InvalidUTF8Rule.description,
                location: SourceLocation(file: path, line: line, column: column),
                message: "Filen er ikke gyldig UTF-8 (første ugyldige byte på linje \(line))."))
        }
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let quick = isNFCQuickCheck(text)
        let normalized = quick ? text : text.precomposedStringWithCanonicalMapping
        let wasNFC = quick || normalized.utf8.elementsEqual(text.utf8)
        return .success(SourceFile(path: path, text: normalized, wasNFC: wasNFC))
    }

    /// True when no scalar can change under NFC: everything below U+0300 (no combining marks there),
    /// and the punctuation, super- and subscripts, currency signs, number forms, arrows, mathematical
    /// operators, enclosed numbers, box drawing, shapes, symbols and dingbats, and the replacement
    /// character that texts from extraction hold. Each of these blocks holds only scalars that are
    /// starters (combining class 0), are their own NFC and are the second half of no composition,
    /// so no neighbour can change them either. Anything else goes to Foundation, whose normalising
    /// took 7 ms for a chapter with one «�».
    /// Read on UTF-8: a lead byte below 0xCC starts a scalar below U+0300, so most bytes need one comparison.
    static func isNFCQuickCheck(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                guard lead >= 0xCC else {
                    index += 1
                    continue
                }
                let (scalar, next) = UTF8Scalar.decode(bytes, at: index)
                guard isUnchangedByNFC(scalar) else { return false }
                index = next
            }
            return true
        }
    }

    private static func isUnchangedByNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010...0x205F, 0x2070...0x20CF, 0x2150...0x22FF, 0x2460...0x27BF, 0xFFFD: true
        default: false
        }
    }

    /// Line and column (in bytes) of the first byte that breaks UTF-8.
    static func firstInvalidUTF8Position(in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, index - lineStart + 1)
            }
            let end = index + length
            guard end <= bytes.count,
                  String(validating: bytes[index..<end], as: UTF8.self) != nil
            else { return (line, index - lineStart + 1) }
            if byte == 0x0A {
                line += 1
                lineStart = end
            }
            index = end
        }
        return (line, index - lineStart + 1)
    }
}
