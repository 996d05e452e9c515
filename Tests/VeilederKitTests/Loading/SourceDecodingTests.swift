import Foundation
import Testing
@testable import VeilederKit

@Suite struct SourceDecodingTests {
    @Test func crlfAndByteOrderMarkAreAccepted() throws {
        let text = "\u{FEFF}" + ExampleEntries.recommendation.replacingOccurrences(of: "\n", with: "\r\n")
        let report = Pipeline.check(
            files: RuleExample.recommendation().contentTree.merging(
                ["korsrygg/anbefalinger/sengeleie-akutt.md": Array(text.utf8)]) { $1 },
            today: nil)
        #expect(report.diagnostics.isEmpty)
        let entry = try #require(report.knowledgeBase.entry("sengeleie-akutt"))
        #expect(!entry.body.text.contains("\r"))
        #expect(entry.locations["topic"].line == 7)
    }

    @Test func textIsNormalisedToNFCAndTheOriginalFormIsRemembered() throws {
        let decomposed = "Ska\u{030A}ne"  // «Skåne» with a combining ring
        let source = try SourceDecoder.decode(Array(decomposed.utf8), path: "x.md").get()
        #expect(source.text.unicodeScalars.map(\.value) == "Skåne".precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value))
        #expect(source.text.unicodeScalars.count == 5)
        #expect(source.wasNFC == false)
        #expect(try SourceDecoder.decode(Array("Skåne".utf8), path: "x.md").get().wasNFC)
    }

    @Test(arguments: [
        ("Skåne – «sitat» → ≤ ■ ÆØÅ é ü", true),
        ("Ska\u{030A}ne", false),  // a combining mark
        ("\u{0300}", false),  // the first scalar the quick check cannot vouch for
        ("\u{02FF}", true),  // the last one below it
        ("√ og ∑, x² → x⁴, 5 €, ½, ①, ┌─┐, ☐ ✓, te\u{FFFD}t", true),
        ("\u{2126}", false),  // OHM SIGN, which NFC turns into Ω, beside the ranges
        ("⌚", false),  // a block holding scalars NFC changes is left to Foundation
        ("smerte 😣", false),
    ])
    func theQuickCheckVouchesOnlyForTextNFCLeavesAlone(text: String, quick: Bool) {
        #expect(SourceDecoder.isNFCQuickCheck(text) == quick)
        if quick { #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars)) }
    }

    /// Every scalar the quick check vouches for is a starter that NFC leaves alone and that no
    /// neighbour can compose with: the second half of a composition is always a mark or a Hangul
    /// vowel or final jamo.
    @Test func everyScalarTheQuickCheckVouchesForIsAStableStarter() {
        let marks: Set<Unicode.GeneralCategory> = [.nonspacingMark, .spacingMark, .enclosingMark]
        var vouched = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), SourceDecoder.isNFCQuickCheck(String(scalar)) else { continue }
            vouched += 1
            let text = String(scalar)
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
            #expect(!marks.contains(scalar.properties.generalCategory), "U+\(String(value, radix: 16))")
            #expect(!(0x1160...0x11FF).contains(value), "U+\(String(value, radix: 16))")
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars),
                    "U+\(String(value, radix: 16))")
        }
        #expect(vouched > 2_000)
    }

    @Test func invalidUTF8IsReportedWithItsLineAndColumn() {
        let bytes = Array("a\nbc".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        guard case .failure(let diagnostic) = SourceDecoder.decode(bytes, path: "x.md") else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostic.ruleID == "invalid-utf8")
        #expect(diagnostic.location.line == 2 && diagnostic.location.column == 3)
    }

    @Test func oversizedFileIsRefusedBeforeDecoding() {
        let bytes = [UInt8](repeating: 0x41, count: SourceDecoder.maximumFileSize + 1)
        guard case .failure(let diagnostic) = SourceDecoder.decode(bytes, path: "x.md") else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostic.ruleID == "file-too-large")
    }
}
