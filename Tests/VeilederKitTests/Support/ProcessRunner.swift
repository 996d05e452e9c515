import Foundation

/// Runs the `veileder` executable as a process: arguments in, output and exit code out.
struct ProcessResult {
    let status: Int32
    let standardOutput: String
    let standardError: String
}

enum ProcessRunner {
    static func veileder(_ arguments: [String], in directory: URL = TestPaths.packageRoot) throws -> ProcessResult {
        try run(TestPaths.executable, arguments, in: directory)
    }

    static func run(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String]? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}
