import Dispatch

/// Work started on another thread while the caller goes on; `value()` waits for it to finish.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once on the worker before `finished` is signalled, read only after waiting for it.
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.result = Result(catching: work)
            self.finished.signal()
        }
    }

    func value() throws -> Value {
        finished.wait()
        finished.signal()
        return try result!.get()
    }
}
