import Foundation
import Testing
@testable import VeilederKit

/// Files made of kept pieces are written, compared and checked as segments; the bytes must be those
/// of the segments one after another.
@Suite struct SegmentedFileTests {
    /// Segments of every size around the writer's buffer (256 KiB), empty ones among them.
    static let segments: [[UInt8]] = [
        Array("start ".utf8), [], [UInt8](repeating: 0x61, count: 300_000), Array(" midt ".utf8),
        [UInt8](repeating: 0x62, count: 200_000), [UInt8](repeating: 0x63, count: 70_000), [], Array(" slutt\n".utf8),
    ]

    @Test func writingSegmentsWritesTheirBytesInOrder() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("fil").path
        try FileWriter.write(Self.segments, to: path)
        let expected = Self.segments.flatMap { $0 }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected))
        #expect(FileWriter.holds(Self.segments, at: path))
        #expect(FileWriter.holds([expected], at: path))
        var changed = expected
        changed[400_000] = 0x7A
        #expect(!FileWriter.holds([changed], at: path))
        #expect(!FileWriter.holds([Array(expected.dropLast())], at: path))
        #expect(!FileWriter.holds([expected + [0x0A]], at: path))
    }

    @Test func filesCompareByTheirBytesHoweverTheyAreSplit() {
        let one = OutputFile(path: "a", segments: Self.segments)
        let joined = OutputFile(path: "a", bytes: Self.segments.flatMap { $0 })
        #expect(one.hasSameBytes(as: joined) && joined.hasSameBytes(as: one))
        #expect(one.bytes == joined.bytes && one.byteCount == joined.byteCount)
        var other = Self.segments
        other[3] = Array(" MIDT ".utf8)
        #expect(!one.hasSameBytes(as: OutputFile(path: "a", segments: other)))
        #expect(!one.hasSameBytes(as: OutputFile(path: "a", segments: Array(Self.segments.dropLast()))))
    }

    @Test func jsonSegmentsHoldTheBytesOfTheDocumentAndKeepPiecesApart() {
        let piece = JSONValue.object(["id": "a", "n": 1]).bytes(pretty: true, depth: 2)
        let document = JSONValue.object(["entries": .serializedList([piece, piece, piece]), "format": "x"])
        let segments = document.segments(pretty: true)
        #expect(segments.flatMap { $0 } == document.bytes(pretty: true))
        #expect(segments.filter { $0 == piece }.count == 3)
    }

    @Test func pathOrderFindsItemsByBinarySearch() {
        let paths = ["a/1.md", "a/2.md", "b/1.md", "b/1.md", "c.md"]
        #expect(PathOrder.items(in: paths, at: ["a/2.md", "b/1.md", "d.md"], path: { $0 }) == ["a/2.md", "b/1.md", "b/1.md"])
        #expect(PathOrder.firstIndex(in: paths, notBefore: "b", path: { $0 }) == 2)
        #expect(PathOrder.items(in: [String](), at: ["a"], path: { $0 }).isEmpty)
    }
}

@Suite struct ParallelMapTests {
    @Test func resultsKeepTheOrderOfTheInputWhateverTheCostOfEachItem() {
        let input = Array(0..<5_000)
        let output = input.parallelMap { value -> String in
            // Some items take far longer than others, so workers finish them out of order.
            var sum = 0
            for step in 0..<(value % 97 == 0 ? 20_000 : 10) { sum &+= step }
            return "\(value)-\(sum >= 0)"
        }
        #expect(output == input.map { "\($0)-true" })
        #expect([7].parallelMap { $0 * 2 } == [14] && [Int]().parallelMap { $0 }.isEmpty)
    }
}
