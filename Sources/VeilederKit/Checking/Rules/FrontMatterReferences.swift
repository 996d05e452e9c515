/// Ids that front-matter keys point at, with the kind each key requires.
struct FrontMatterReference {
    let target: EntryID
    let requiredKind: EntryKind
    let keyPath: String
    let key: String
}

extension Entry {
    var frontMatterReferences: [FrontMatterReference] {
        switch content {
        case .definition(let definition):
            return definition.see.enumerated().map { index, target in
                FrontMatterReference(target: target, requiredKind: .definition, keyPath: "see.\(index)", key: "see")
            }
        case .recommendation(let recommendation):
            var references: [FrontMatterReference] = []
            if let from = recommendation.strength.from {
                references.append(FrontMatterReference(target: from, requiredKind: .recommendation, keyPath: "strength.from", key: "from"))
            }
            if let from = recommendation.documentationFrom {
                references.append(FrontMatterReference(
                    target: from, requiredKind: .recommendation, keyPath: "documentation-from", key: "documentation-from"))
            }
            return references
        default:
            return []
        }
    }

    /// The ids of `frontMatterReferences`, in the same order, without the key paths that only a
    /// diagnostic needs: linking, planning and the export ask for them of every entry.
    var frontMatterTargets: [EntryID] {
        switch content {
        case .definition(let definition): definition.see
        case .recommendation(let recommendation): [recommendation.strength.from, recommendation.documentationFrom].compactMap { $0 }
        default: []
        }
    }
}
