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

    /// Whether the regular file at `path` holds exactly `bytes`; false when it cannot be read. Read in
    /// small chunks, so that comparing a large file costs no memory and stops at the first difference.
    static func holds(_ bytes: [UInt8], at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count else { return false }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var offset = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return count == 0 && offset == bytes.count }
            guard offset + count <= bytes.count else { return false }
            let same = chunk.withUnsafeBytes { read in
                bytes.withUnsafeBytes { memcmp(read.baseAddress!, $0.baseAddress! + offset, count) == 0 }
            }
            guard same else { return false }
            offset += count
        }
    }
}
