/// One check over the linked knowledge base. A rule returns findings and never prints.
public protocol CheckRule: SendableMetatype {
    static var description: RuleDescription { get }
    /// What the rule's findings depend on; `.base` unless the rule says otherwise.
    static var scope: RuleScope { get }
    static func check(_ context: CheckContext) -> [Diagnostic]
}

/// What a rule's findings about a file depend on, which decides when an incremental check may keep
/// them for a file that did not change. A rule with a narrower scope than `.base` reads the files it
/// checks from `CheckContext.checked` and places every finding in the file it came from.
public enum RuleScope: Sendable {
    /// The file itself and the guidelines.
    case file
    /// The file, the guidelines, the ids, kinds and anchors of the entries it links to, and, for a
    /// finding, which ids the base has (to suggest one).
    case fileAndTargets
    /// Anything in the base.
    case base
}

extension CheckRule {
    public static var scope: RuleScope { .base }

    static func finding(_ location: SourceLocation, _ message: String, fixIt: String? = nil) -> Diagnostic {
        Diagnostic(rule: description, location: location, message: message, fixIt: fixIt)
    }
}
