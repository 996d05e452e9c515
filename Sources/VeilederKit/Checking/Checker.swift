/// Runs every check rule (in parallel) and returns their findings sorted by place.
public enum Checker {
    public static func run(_ context: CheckContext, rules: [any CheckRule.Type] = RuleCatalog.checkRules) -> [Diagnostic] {
        run(context, rules: rules, reusing: nil).all
    }

    /// Each rule's findings, as an incremental check keeps them, and all of them sorted by place.
    struct Results: Sendable {
        let byRule: [[Diagnostic]]
        var all: [Diagnostic] { byRule.flatMap { $0 }.sorted() }
    }

    /// What the previous check found, and what changed since: the files (added, changed or removed)
    /// and whether the base's ids, kinds and anchors stayed the same.
    struct Earlier: Sendable {
        let results: Results
        let changedFiles: Set<String>
        let targetsUnchanged: Bool

        func mayKeep(_ scope: RuleScope) -> Bool {
            switch scope {
            case .file: true
            case .fileAndTargets: targetsUnchanged
            case .base: false
            }
        }
    }

    /// Runs the rules; with `earlier`, a rule scoped to files checks only the changed files and keeps
    /// its earlier findings about the others.
    static func run(_ context: CheckContext, rules: [any CheckRule.Type] = RuleCatalog.checkRules, reusing earlier: Earlier?) -> Results {
        let changedOnly = earlier.map { context.checking(only: $0.changedFiles) }
        let found = Array(rules.indices).parallelMap { index -> [Diagnostic] in
            let rule = rules[index]
            guard let earlier, let changedOnly, earlier.mayKeep(rule.scope) else { return rule.check(context) }
            let kept = earlier.results.byRule[index].filter { !earlier.changedFiles.contains($0.location.file) }
            return kept + rule.check(changedOnly)
        }
        return Results(byRule: found)
    }
}
