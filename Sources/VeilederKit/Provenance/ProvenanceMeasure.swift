import Foundation

/// How well one entry's text is found in its source spans.
public struct ProvenanceScore: Sendable {
    public let entry: EntryID
    public let file: String
    /// Share of the entry's word pairs found in the spans (after corrections), 0…1.
    public let containment: Double
    public let wordPairs: Int
    /// `as-written` phrases that do not occur in the spans they should.
    public let missingPhrases: [String]
    /// Problems with the spans themselves (unknown document, lines out of range).
    public let spanProblems: [String]
}

/// Holds transcribed entries against `../shared/seeds/`.
public enum ProvenanceMeasure {
    public static func measure(_ kb: KnowledgeBase, seeds: URL) -> [ProvenanceScore] {
        var documents: [String: SeedText?] = [:]
        func document(_ name: String) -> SeedText? {
            if let cached = documents[name] { return cached }
            let text = try? String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            let seed = text.map(SeedText.init)
            documents[name] = seed
            return seed
        }
        return kb.entries.compactMap { entry -> ProvenanceScore? in
            guard let provenance = entry.provenance else { return nil }
            guard let seed = document(provenance.document) else {
                return ProvenanceScore(entry: entry.id, file: entry.file, containment: 0, wordPairs: 0, missingPhrases: [],
                                       spanProblems: ["ukjent dokument «\(provenance.document)»"])
            }
            let outOfRange = provenance.spans.filter { $0.last > seed.lines.count }.map { "linje \($0) finnes ikke" }
            let streams = seed.streams(provenance.spans).map { apply(provenance.corrections, to: $0) }
            let available = Set(streams.flatMap { stream in
                [false, true].flatMap { ComparableText.bigrams(ComparableText.words(stream, glueStraySpace: $0)) }
            })
            let pairs = TranscribedText.of(entry, in: kb).flatMap { ComparableText.bigrams(ComparableText.words($0)) }
            let found = pairs.filter(available.contains).count
            return ProvenanceScore(
                entry: entry.id, file: entry.file,
                containment: pairs.isEmpty ? 1 : Double(found) / Double(pairs.count),
                wordPairs: pairs.count,
                missingPhrases: missingPhrases(entry, streams: streams, kb: kb, seed: seed),
                spanProblems: outOfRange)
        }
    }

    static func apply(_ corrections: [Correction], to text: String) -> String {
        corrections.reduce(text) { text, correction in
            // Corrections are matched on folded words, so line breaks in the source do not hide them.
            let pattern = ComparableText.words(correction.from).map(NSRegularExpression.escapedPattern(for:))
                .joined(separator: "[^\\p{L}\\p{N}]+")
            guard !pattern.isEmpty,
                  let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return text }
            let range = NSRange(text.startIndex..., in: text)
            return regex.stringByReplacingMatches(
                in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: correction.to))
        }
    }

    /// Every `as-written` phrase must occur in the entry's spans; an inherited strength in the spans of
    /// the entry it is inherited from. `ikke-oppgitt` is not looked up.
    static func missingPhrases(_ entry: Entry, streams: [String], kb: KnowledgeBase, seed: SeedText) -> [String] {
        guard let recommendation = entry.content.recommendation else { return [] }
        var missing: [String] = []
        let text = streams.joined(separator: " ")
        if recommendation.directionAsWritten != "ikke-oppgitt",
           !ComparableText.contains(text, phrase: recommendation.directionAsWritten) {
            missing.append("direction-as-written «\(recommendation.directionAsWritten)»")
        }
        let strength = recommendation.strength
        if strength.asWritten != "ikke-oppgitt" {
            var strengthText = text
            if strength.basis == .arvet, let from = strength.from, let source = kb.entry(from)?.provenance {
                strengthText = seed.streams(source.spans).map { apply(source.corrections, to: $0) }.joined(separator: " ")
            }
            if !ComparableText.contains(strengthText, phrase: strength.asWritten) {
                missing.append("strength.as-written «\(strength.asWritten)»")
            }
        }
        return missing
    }
}
