import Yams

/// Parses front matter with Yams under the content contract's limits: bounded size and nesting, no
/// anchors or aliases (an editor typing `***` writes an alias), a mapping at the top.
enum YAMLFrontMatter {
    static let maximumSize = 64_000
    static let maximumDepth = 12
    /// Made once: `Constructor.default` builds three tables on every call, and composing nodes never
    /// uses them. Its tables are constants, so parsers on every core can share it.
    nonisolated(unsafe) private static let constructor = Constructor.default

    static func parse(_ yaml: Substring, file: String, firstLine: Int) -> Result<Node.Mapping, Diagnostic> {
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 1) + firstLine - 1, column: mark?.column ?? 1)
        }
        if yaml.utf8.count > maximumSize {
            return .failure(Diagnostic(
                rule: FileTooLargeRule.description, location: location(nil),
                message: "Front matter er \(yaml.utf8.count) byte; grensen er \(maximumSize) byte."))
        }
        if let deep = FlowNesting.firstLineDeeperThan(maximumDepth, in: yaml) {
            return .failure(Diagnostic(
                rule: YAMLNestingRule.description,
                location: SourceLocation(file: file, line: deep + firstLine - 1, column: 1),
                message: "Front matter er nestet dypere enn \(maximumDepth) nivåer."))
        }
        let root: Node?
        let parser: Parser
        do {
            parser = try Parser(yaml: String(yaml), resolver: .basic, constructor: constructor, encoding: .utf8)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, location: location))
        } catch {
            return .failure(Diagnostic(
                rule: YAMLSyntaxRule.description, location: location(nil),
                message: "YAML kunne ikke leses: \(error)."))
        }
        // Anchors are weak references owned by the parser: keep it alive while the tree is inspected.
        return withExtendedLifetime(parser) {
            guard let root, case .mapping(let mapping) = root else {
                return .failure(Diagnostic(
                    rule: YAMLSyntaxRule.description, location: location(root?.mark),
                    message: "Front matter må være en samling nøkler (kind:, id: …), ikke en liste eller en enkelt verdi.",
                    fixIt: "Skriv én nøkkel per linje: «nøkkel: verdi»."))
            }
            if let problem = firstProblem(in: root, depth: 1) {
                return .failure(problem.diagnostic(location))
            }
            return .success(mapping)
        }
    }

    private enum TreeProblem {
        case anchor(Mark?)
        case tooDeep(Mark?)

        func diagnostic(_ location: (Mark?) -> SourceLocation) -> Diagnostic {
            switch self {
            case .anchor(let mark):
                Diagnostic(
                    rule: YAMLAliasRule.description, location: location(mark),
                    message: "YAML-anker (&navn) og -alias (*navn) er ikke tillatt i front matter.")
            case .tooDeep(let mark):
                Diagnostic(
                    rule: YAMLNestingRule.description, location: location(mark),
                    message: "Front matter er nestet dypere enn \(maximumDepth) nivåer.")
            }
        }
    }

    /// Stops at the first anchored node, so an alias bomb is never walked. Each node's payload is
    /// read once, and a mapping is walked by index: iterating one makes an array of its pairs.
    private static func firstProblem(in node: Node, depth: Int) -> TreeProblem? {
        switch node {
        case .scalar(let scalar):
            if scalar.anchor != nil { return .anchor(scalar.mark) }
            if depth > maximumDepth { return .tooDeep(scalar.mark) }
        case .mapping(let mapping):
            if mapping.anchor != nil { return .anchor(mapping.mark) }
            if depth > maximumDepth { return .tooDeep(mapping.mark) }
            for index in mapping.indices {
                let (key, value) = mapping[index]
                if let problem = firstProblem(in: key, depth: depth + 1) ?? firstProblem(in: value, depth: depth + 1) {
                    return problem
                }
            }
        case .sequence(let sequence):
            if sequence.anchor != nil { return .anchor(sequence.mark) }
            if depth > maximumDepth { return .tooDeep(sequence.mark) }
            for index in sequence.indices {
                if let problem = firstProblem(in: sequence[index], depth: depth + 1) { return problem }
            }
        case .alias(let alias):
            if alias.anchor != nil { return .anchor(alias.mark) }
            if depth > maximumDepth { return .tooDeep(alias.mark) }
        }
        return nil
    }

    private static func diagnostic(
        for error: YamlError, yaml: Substring, location: (Mark?) -> SourceLocation
    ) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            let line = yaml.split(separator: "\n", omittingEmptySubsequences: false)
                .dropFirst(mark.line - 1).first ?? ""
            if problem.contains("alias") || problem.contains("anchor") || line.contains("*") || line.contains("&") {
                return Diagnostic(
                    rule: YAMLAliasRule.description, location: location(mark),
                    message: "YAML leser «*» og «&» som alias og anker (\(problem)).")
            }
            return Diagnostic(
                rule: YAMLSyntaxRule.description, location: location(mark),
                message: "YAML kunne ikke leses: \(problem).")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                rule: YAMLSyntaxRule.description, location: location(context.mark),
                message: "Nøkkelen \(duplicates.sorted().map { "«\($0)»" }.joined(separator: ", ")) står to ganger.",
                fixIt: "Slett den ene forekomsten av nøkkelen.")
        default:
            return Diagnostic(
                rule: YAMLSyntaxRule.description, location: location(nil),
                message: "YAML kunne ikke leses: \(error).")
        }
    }
}
