#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Writes bytes with open/write/close: no temporary file and no fsync per file, which Foundation's
/// atomic writes do on Linux.
enum FileWriter {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw PublishError.writeFailed(path, errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw PublishError.writeFailed(path, errno) }
            offset += written
        }
    }

    /// Whether the regular file at `path` holds exactly `bytes`; false when it cannot be read.
    static func holds(_ bytes: [UInt8], at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count else { return false }
        var existing = [UInt8](repeating: 0, count: bytes.count + 1)
        var offset = 0
        while offset < existing.count {
            let count = existing[offset...].withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            offset += count
        }
        return offset == bytes.count && existing[..<offset].elementsEqual(bytes)
    }
}
