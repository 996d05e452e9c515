/// A small content tree (paths relative to `content/` → file bytes) that shows a rule firing or not.
/// Files not given are taken from `RuleExample.baseFiles` (a minimal guideline), so an example only
/// spells out what matters to its rule.
public struct RuleExample: Sendable, Hashable {
    public let files: [String: [UInt8]]

    public init(bytes files: [String: [UInt8]]) { self.files = files }
    public init(_ files: [String: String]) { self.files = files.mapValues { Array($0.utf8) } }

    /// The example merged over the base files.
    public var contentTree: [String: [UInt8]] {
        RuleExample.baseFiles.mapValues { Array($0.utf8) }.merging(files) { _, own in own }
    }
}
