/// Runs every check rule (in parallel) and returns their findings sorted by place.
public enum Checker {
    public static func run(_ context: CheckContext, rules: [any CheckRule.Type] = RuleCatalog.checkRules) -> [Diagnostic] {
        let indices = Array(rules.indices)
        let found = indices.parallelMap { index in rules[index].check(context) }
        return found.flatMap { $0 }.sorted()
    }
}
