#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Writes bytes with open/write/close: no temporary file and no fsync per file, which Foundation's
/// atomic writes do on Linux.
enum FileWriter {
    /// Writes the segments one after another. Small ones are gathered in a buffer that stays in the
    /// cache, so a file of thousands of pieces takes a few hundred calls, not one per piece.
    static func write(_ segments: [[UInt8]], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw PublishError.writeFailed(path, errno) }
        defer { close(descriptor) }
        guard segments.count > 1 else { return try writeAll(segments.first ?? [], to: descriptor, path: path) }
        let capacity = 1 << 18
        var buffer: [UInt8] = []
        buffer.reserveCapacity(capacity)
        for segment in segments {
            if buffer.count + segment.count > capacity {
                try writeAll(buffer, to: descriptor, path: path)
                buffer.removeAll(keepingCapacity: true)
            }
            if segment.count >= capacity {
                try writeAll(segment, to: descriptor, path: path)
            } else {
                buffer.append(contentsOf: segment)
            }
        }
        try writeAll(buffer, to: descriptor, path: path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw PublishError.writeFailed(path, errno) }
            offset += written
        }
    }

    /// Whether the regular file at `path` holds exactly the segments' bytes; false when it cannot be
    /// read. Read in small chunks, so that comparing a large file costs no memory and stops at the
    /// first difference.
    static func holds(_ segments: [[UInt8]], at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        let total = segments.reduce(0) { $0 + $1.count }
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == total else { return false }
        // Not zeroed: a page is compared in one read, and zeroing 64 KB for each was more than the reading.
        let size = Swift.min(Swift.max(total, 1), 1 << 16)
        var chunk = [UInt8](unsafeUninitializedCapacity: size) { _, initialized in initialized = size }
        var expected = SegmentCursor(segments)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return count == 0 && expected.isAtEnd }
            guard chunk.withUnsafeBytes({ expected.consume(UnsafeRawBufferPointer(rebasing: $0[..<count])) }) else { return false }
        }
    }
}
