/// One finding: which rule, how serious, where, what is wrong and how to fix it.
/// The message and fix-it are written for editors, in Norwegian.
public struct Diagnostic: Hashable, Sendable, Comparable, Error {
    public var ruleID: String
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var fixIt: String

    public init(rule: RuleDescription, location: SourceLocation, message: String, fixIt: String? = nil) {
        self.ruleID = rule.id
        self.severity = rule.severity
        self.location = location
        self.message = message
        self.fixIt = fixIt ?? rule.fixIt
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.ruleID, a.message) < (b.location, b.ruleID, b.message)
    }
}
