import Dispatch

/// Wall-clock time per pipeline stage, for `--timings` and the benchmark.
public struct StageTimings: Sendable {
    public enum Stage: String, Sendable, CaseIterable {
        case load, link, check, render, verify, publish
    }

    public private(set) var seconds: [Stage: Double] = [:]

    public init() {}

    mutating func measure<T>(_ stage: Stage, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { seconds[stage, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try work()
    }

    public mutating func add(_ stage: Stage, _ value: Double) { seconds[stage, default: 0] += value }

    public var total: Double { seconds.values.reduce(0, +) }

    /// `last inn 12 ms · lenk 3 ms · sjekk 4 ms`
    public var summary: String {
        let names: [Stage: String] = [
            .load: "last inn", .link: "lenk", .check: "sjekk", .render: "lag sider", .verify: "sjekk lenker",
            .publish: "publiser",
        ]
        return Stage.allCases.compactMap { stage in
            seconds[stage].map { "\(names[stage]!) \(Int(($0 * 1000).rounded())) ms" }
        }.joined(separator: " · ")
    }
}
