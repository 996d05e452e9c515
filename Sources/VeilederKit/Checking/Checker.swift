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
    /// and, for the rules that read link targets, the files whose links may resolve otherwise now —
    /// the changed files and those that link to an entry whose id, kind or anchors changed; nil when
    /// that cannot be told.
    struct Earlier: Sendable {
        let results: Results
        let changedFiles: Set<String>
        let linkingFiles: Set<String>?

        /// The files whose findings a rule of this scope must make again; nil for all.
        func recheckedFiles(_ scope: RuleScope, rule index: Int) -> Set<String>? {
            switch scope {
            case .file: changedFiles
            // A finding elsewhere may suggest an id that came or went.
            case .fileAndTargets: linkingFiles.map { $0.union(results.byRule[index].map(\.location.file)) }
            case .base: nil
            }
        }
    }

    /// Runs the rules; with `earlier`, a rule scoped to files checks only the files a change can
    /// concern and keeps its earlier findings about the others.
    static func run(_ context: CheckContext, rules: [any CheckRule.Type] = RuleCatalog.checkRules, reusing earlier: Earlier?) -> Results {
        let changedOnly = earlier.map { context.checking(only: $0.changedFiles) }
        let found = Array(rules.indices).parallelMap { index -> [Diagnostic] in
            let rule = rules[index]
            guard let earlier, let changedOnly, let files = earlier.recheckedFiles(rule.scope, rule: index) else { return rule.check(context) }
            let kept = earlier.results.byRule[index].filter { !files.contains($0.location.file) }
            return kept + rule.check(files == earlier.changedFiles ? changedOnly : context.checking(only: files))
        }
        return Results(byRule: found)
    }
}
