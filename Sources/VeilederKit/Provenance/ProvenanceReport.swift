/// The verdict over all transcribed entries: which fail and which are weakest.
public struct ProvenanceReport: Sendable {
    /// Below this share of word pairs found in the source, an entry fails. Cleaning (joined lines,
    /// repaired encoding, Norwegian quotes) keeps a faithful entry well above it; a paraphrased or
    /// misplaced entry falls far below. See docs/dev/provenance.md for how it was chosen.
    public static let defaultThreshold = 0.85

    public let scores: [ProvenanceScore]
    public let threshold: Double

    public init(scores: [ProvenanceScore], threshold: Double = ProvenanceReport.defaultThreshold) {
        self.scores = scores
        self.threshold = threshold
    }

    public var failures: [ProvenanceScore] {
        scores.filter { $0.containment < threshold || !$0.missingPhrases.isEmpty || !$0.spanProblems.isEmpty }
    }

    public func weakest(_ count: Int) -> [ProvenanceScore] {
        Array(scores.sorted { ($0.containment, $0.entry) < ($1.containment, $1.entry) }.prefix(count))
    }

    /// Norwegian text for the command line.
    public func text(weakest count: Int) -> String {
        var lines: [String] = []
        for score in failures.sorted(by: { $0.file < $1.file }) {
            var problems: [String] = []
            if score.containment < threshold {
                problems.append("bare \(percent(score.containment)) av ordparene finnes i kildespennet")
            }
            problems += score.missingPhrases.map { "\($0) finnes ikke i kildespennet" }
            problems += score.spanProblems
            lines.append("\(score.file): \(problems.joined(separator: "; ")).")
        }
        lines.append("")
        lines.append("Svakeste oppføringer:")
        for score in weakest(count) {
            lines.append("  \(percent(score.containment))  \(score.entry)  (\(score.wordPairs) ordpar)")
        }
        lines.append("")
        lines.append("\(scores.count) oppføringer målt mot kildene; \(failures.count) under kravet (\(percent(threshold))).")
        return lines.joined(separator: "\n") + "\n"
    }

    private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded(.down))) %" }
}
