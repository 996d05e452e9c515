/// One check over the linked knowledge base. A rule returns findings and never prints.
public protocol CheckRule: SendableMetatype {
    static var description: RuleDescription { get }
    static func check(_ context: CheckContext) -> [Diagnostic]
}

extension CheckRule {
    static func finding(_ location: SourceLocation, _ message: String, fixIt: String? = nil) -> Diagnostic {
        Diagnostic(rule: description, location: location, message: message, fixIt: fixIt)
    }
}
