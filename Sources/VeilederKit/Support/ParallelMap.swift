import Dispatch
import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order of the input. One worker per core takes the next index
    /// from a shared counter, so a long item does not hold up the rest, and each result is written
    /// straight into its slot: no lock, no optional per element.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let workers = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount)
        guard workers > 1 else { return map(transform) }
        let next = NextIndex()
        return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.take()
                    guard index < count else { break }
                    (slots.base + index).initialize(to: transform(self[index]))
                }
            }
            initializedCount = count
        }
    }
}

private final class NextIndex: Sendable {
    private let counter = Atomic<Int>(0)

    func take() -> Int { counter.add(1, ordering: .relaxed).oldValue }
}

/// The result buffer, shared by the workers; each slot is written by exactly one of them.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
