import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What changed under the watched folders since the last call.
public struct FolderChanges: Sendable, Equatable {
    /// Absolute paths of files that were written, moved in or out, or removed.
    public var files: Set<String> = []
    /// Whether a folder appeared, moved or went away: the tree must be listed again.
    public var folders = false

    public var isEmpty: Bool { files.isEmpty && !folders }
}

/// Waits for changes to files under some folders. On Linux it asks the kernel (inotify) and does not
/// poll; each subfolder gets its own watch, new folders included. Elsewhere it compares modification
/// times twice a second.
public final class ChangeMonitor {
    private let roots: [URL]
    #if os(Linux)
    private let descriptor: Int32
    private var watched: [Int32: String] = [:]
    #else
    private var snapshot: [String: Date] = [:]
    #endif

    public init(folders: [URL]) throws {
        roots = folders.map(\.standardizedFileURL)
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw MonitorError(message: "inotify_init1 feilet (feilkode \(errno)).") }
        for root in roots { try watchTree(root.path) }
        #else
        snapshot = currentSnapshot()
        #endif
    }

    deinit {
        #if os(Linux)
        close(descriptor)
        #endif
    }

    /// Blocks until something changes, then keeps collecting until nothing more has happened for
    /// `quiet` milliseconds (an editor's save is often several events), and returns it all.
    public func next(quiet: Int32 = 25) -> FolderChanges {
        var changes = FolderChanges()
        #if os(Linux)
        while changes.isEmpty { read(into: &changes, timeout: -1) }
        while read(into: &changes, timeout: quiet) {}
        #else
        while changes.isEmpty {
            Thread.sleep(forTimeInterval: 0.5)
            changes = compareSnapshots()
        }
        #endif
        return changes
    }

    #if os(Linux)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_DELETE_SELF)

    private func watchTree(_ path: String) throws {
        let watch = inotify_add_watch(descriptor, path, ChangeMonitor.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { throw MonitorError(message: "Kan ikke følge med på «\(path)» (feilkode \(errno)).") }
        watched[watch] = path
        let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for child in children where !child.hasPrefix(".") {
            var isFolder: ObjCBool = false
            let childPath = path + "/" + child
            if FileManager.default.fileExists(atPath: childPath, isDirectory: &isFolder), isFolder.boolValue {
                try watchTree(childPath)
            }
        }
    }

    /// Reads the events that arrive within `timeout` milliseconds (-1: wait); false if none came.
    @discardableResult
    private func read(into changes: inout FolderChanges, timeout: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, timeout) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
            let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
            let nameBytes = buffer[(offset + headerSize)..<(offset + headerSize + Int(event.len))]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += headerSize + Int(event.len)
            guard let folder = watched[event.wd] else { continue }
            if event.mask & UInt32(IN_DELETE_SELF) != 0 {
                watched[event.wd] = nil
                changes.folders = true
                continue
            }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            if event.mask & UInt32(IN_ISDIR) != 0 {
                if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { try? watchTree(path) }
                changes.folders = true
            } else if event.mask & UInt32(IN_CREATE) == 0 {
                // A created file is reported again when it is closed after writing.
                changes.files.insert(path)
            }
        }
        return true
    }
    #else
    private func currentSnapshot() -> [String: Date] {
        var times: [String: Date] = [:]
        for root in roots {
            guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey],
                                                                  options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator {
                times[url.path] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
            }
        }
        return times
    }

    private func compareSnapshots() -> FolderChanges {
        let now = currentSnapshot()
        var changes = FolderChanges()
        for path in Set(now.keys).union(snapshot.keys) where now[path] != snapshot[path] { changes.files.insert(path) }
        snapshot = now
        return changes
    }
    #endif
}

public struct MonitorError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
