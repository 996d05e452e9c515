/// Scores a questionnaire's answers by its own `scoring` definition: the one implementation the
/// checker (worked examples), the web page and the exports rely on.
public enum QuestionnaireScoring {
    public struct Result: Sendable, Hashable {
        /// Nil when more items are unanswered than `max-missing` allows.
        public let score: Double?
        public let band: Band?
        public let answered: Int
        public let missing: Int
    }

    public enum Failure: Error, Hashable, Sendable {
        case notScored
        case unknownItem(String)
        case invalidAnswer(item: String, answer: String)
    }

    /// `answers`: item id → `ja`/`nei`, a number on the item's scale, an option id, or option ids
    /// separated by commas for `flervalg`. Free-text items are never scored.
    public static func evaluate(_ questionnaire: Questionnaire, answers: [String: String]) throws(Failure) -> Result {
        guard let scoring = questionnaire.scoring else { throw .notScored }
        let scored = questionnaire.items.filter { $0.answer != .fritekst }
        for id in answers.keys where !scored.contains(where: { $0.id == id }) { throw .unknownItem(id) }
        var total = 0.0, maximum = 0.0, answered = 0
        for item in scored {
            let reversed = scoring.reverseItems.contains(item.id)
            guard let answer = answers[item.id]?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else { continue }
            let range = try scoreRange(item)
            var value = try score(item, answer: answer)
            if reversed { value = range.upperBound + range.lowerBound - value }
            answered += 1
            total += value
            maximum += range.upperBound
        }
        let missing = scored.count - answered
        guard missing <= scoring.maxMissing, answered > 0 else {
            return Result(score: nil, band: nil, answered: answered, missing: missing)
        }
        let score: Double = switch scoring.method {
        case .antallJa, .sum: total
        case .prosentAvMaks: maximum == 0 ? 0 : (total / maximum * 100 * 10).rounded() / 10
        }
        return Result(score: score, band: band(for: score, in: scoring), answered: answered, missing: missing)
    }

    public static func band(for score: Double, in scoring: Scoring) -> Band? {
        scoring.bands.first { score >= $0.min && score <= $0.max }
    }

    static func score(_ item: QuestionItem, answer: String) throws(Failure) -> Double {
        switch item.answer {
        case .jaNei:
            switch answer {
            case "ja": return 1
            case "nei": return 0
            default: throw .invalidAnswer(item: item.id, answer: answer)
            }
        case .skala:
            guard let value = Double(answer.replacingOccurrences(of: ",", with: ".")), let scale = item.scale,
                  value >= Double(scale.min), value <= Double(scale.max) else { throw .invalidAnswer(item: item.id, answer: answer) }
            return value
        case .valg:
            guard let option = item.options.first(where: { $0.id == answer }) else { throw .invalidAnswer(item: item.id, answer: answer) }
            return option.score ?? 0
        case .flervalg:
            var sum = 0.0
            for id in answer.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let option = item.options.first(where: { $0.id == id }) else { throw .invalidAnswer(item: item.id, answer: answer) }
                sum += option.score ?? 0
            }
            return sum
        case .fritekst:
            return 0
        }
    }

    /// The lowest and highest score an item can give.
    static func scoreRange(_ item: QuestionItem) throws(Failure) -> ClosedRange<Double> {
        switch item.answer {
        case .jaNei: return 0...1
        case .skala:
            guard let scale = item.scale else { throw .invalidAnswer(item: item.id, answer: "") }
            return Double(scale.min)...Double(max(scale.min, scale.max))
        case .valg:
            let scores = item.options.map { $0.score ?? 0 }
            return (scores.min() ?? 0)...(scores.max() ?? 0)
        case .flervalg:
            let scores = item.options.map { $0.score ?? 0 }
            return scores.filter { $0 < 0 }.reduce(0, +)...scores.filter { $0 > 0 }.reduce(0, +)
        case .fritekst: return 0...0
        }
    }
}

import Foundation
