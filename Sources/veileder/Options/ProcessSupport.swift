import ArgumentParser
import Foundation

func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Runs library work; an error it throws is reported and exits 70 (internal error), unless it is the
/// argument parser's own.
func runReporting<T>(_ work: () throws -> T) throws -> T {
    do {
        return try work()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        standardError("veileder: \(error)")
        throw ExitCode(70)
    }
}
