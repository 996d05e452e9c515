/// What a rule is, independent of how it is checked: its stable id, severity, a description for the
/// editor's guide, the default fix-it sentence, and examples that double as its tests.
public struct RuleDescription: Sendable, Hashable {
    public let id: String
    public let severity: Severity
    /// The stage that reports it: `loading` rules come from reading files, `checking` rules from the linked base.
    public let stage: Stage
    /// One Norwegian sentence: what triggers the rule.
    public let summary: String
    /// One Norwegian sentence: why it matters.
    public let rationale: String
    /// The default Norwegian fix-it sentence.
    public let fixIt: String
    public let failing: RuleExample
    public let passing: RuleExample

    public enum Stage: String, Sendable, Hashable { case loading, checking }

    public init(
        id: String, severity: Severity = .error, stage: Stage = .checking,
        summary: String, rationale: String, fixIt: String,
        failing: RuleExample, passing: RuleExample
    ) {
        self.id = id
        self.severity = severity
        self.stage = stage
        self.summary = summary
        self.rationale = rationale
        self.fixIt = fixIt
        self.failing = failing
        self.passing = passing
    }
}
