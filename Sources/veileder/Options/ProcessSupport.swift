import ArgumentParser
import Foundation
import VeilederKit

func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Runs library work; an error it throws is reported and exits 70 (internal error), unless it is the
/// argument parser's own or a misuse such as a missing content folder (64).
func runReporting<T>(_ work: () throws -> T) throws -> T {
    do {
        return try work()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch let error as PublishError {
        // Refusing to replace a folder the tool did not make is a finding, not a crash.
        standardError("veileder: \(error)")
        throw ExitCode(1)
    } catch let error as TemplateError {
        standardError("veileder: \(error)")
        throw ExitCode(1)
    } catch let error as LoadingError {
        // A content folder that is not there is misuse, not an internal error.
        standardError("veileder: \(error)")
        throw ExitCode(64)
    } catch {
        standardError("veileder: \(error)")
        throw ExitCode(70)
    }
}

/// Ends a command that loaded a whole knowledge base, with `kept` still alive: the system takes the
/// memory back at once, where releasing a 10,000-entry build's objects one by one took 0.4 s, longer
/// than publishing it.
func end(_ code: Int32, keeping kept: some Any) -> Never {
    withExtendedLifetime(kept) {
        fflush(nil)
        Foundation.exit(code)
    }
}
