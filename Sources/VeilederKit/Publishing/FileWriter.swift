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
}
