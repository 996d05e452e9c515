import Testing
@testable import VeilederKit

/// A bounded, seeded property test: valid entries mutated at random (bytes cut, repeated, swapped,
/// YAML and Markdown punctuation and invalid UTF-8 inserted) and pure noise must never crash the
/// loader, linker or checker, and every finding must point at a real place in a real file.
@Suite struct LoaderRobustnessTests {
    /// SplitMix64: small, fast and the same on every machine, so a failure can be replayed by its seed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seeds = [
        ExampleEntries.recommendation, ExampleEntries.chapter, ExampleEntries.questionnaire,
        ExampleEntries.definition, ExampleEntries.brochure,
    ].map { Array($0.utf8) }
    static let fragments: [[UInt8]] = [
        "*", "***", "&a", "*a", "[", "]", "{", "}", ":", ": ", "\n", "\r\n", "\t", "---\n", "- ", "\"", "'", "#",
        "@anbefalinger(", "](@", "<b>", "|---|", "\u{FEFF}", "ł", "a\u{030A}", "!!binary ", "? ", "%YAML 1.2\n",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x82], [0x00], [0xF0, 0x9F, 0x98]]

    func mutate(_ bytes: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let position = result.isEmpty ? 0 : Int.random(in: 0..<result.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0:
                let end = min(result.count, position + Int.random(in: 1...40, using: &random))
                result.removeSubrange(position..<end)
            case 1:
                result.insert(contentsOf: Self.fragments.randomElement(using: &random)!, at: position)
            case 2:
                let end = min(result.count, position + Int.random(in: 1...80, using: &random))
                result.insert(contentsOf: Array(result[position..<end]), at: position)
            case 3:
                result = Array(result.prefix(position))
            case 4:
                if position < result.count { result[position] = UInt8.random(in: 0...255, using: &random) }
            default:
                var lines = result.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                if lines.count > 2 {
                    let a = Int.random(in: 0..<lines.count, using: &random), b = Int.random(in: 0..<lines.count, using: &random)
                    lines.swapAt(a, b)
                }
                result = Array(lines.joined(separator: [0x0A]))
            }
        }
        return result
    }

    @Test(arguments: 0..<8)
    func mutatedEntriesNeverCrashAndFindingsPointAtRealLines(batch: Int) {
        var random = SeededGenerator(state: UInt64(batch) &* 7919 &+ 1)
        for round in 0..<150 {
            var files = RuleExample.baseFiles.mapValues { Array($0.utf8) }
            for (index, seed) in Self.seeds.enumerated() where Bool.random(using: &random) || index == round % Self.seeds.count {
                files["korsrygg/x/\(index).md"] = mutate(seed, &random)
            }
            if Int.random(in: 0..<4, using: &random) == 0 {
                files["korsrygg/guideline.yaml"] = mutate(files["korsrygg/guideline.yaml"]!, &random)
            }
            let report = Pipeline.check(files: files, today: CalendarDate("2026-11-21"))
            for diagnostic in report.diagnostics {
                let lineCount = (files[diagnostic.location.file]?.split(separator: 0x0A, omittingEmptySubsequences: false).count ?? 0) + 1
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lineCount,
                        "seed batch \(batch) round \(round): \(diagnostic.location) [\(diagnostic.ruleID)]")
                #expect(!diagnostic.message.isEmpty)
            }
        }
    }

    @Test func pureNoiseIsReportedNotCrashedOn() {
        var random = SeededGenerator(state: 42)
        for _ in 0..<200 {
            let noise = (0..<Int.random(in: 0...3000, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let report = Pipeline.check(files: ["korsrygg/x.md": noise], today: nil)
            #expect(!report.diagnostics.isEmpty)
        }
    }
}
