/// The outcome of resolving one link against the knowledge base.
public enum LinkResolution: Hashable, Sendable {
    case entry(EntryID, anchor: String?)
    case external(String)
    case unknownEntry(EntryID)
    case unknownAnchor(EntryID, anchor: String)
    case unsupported(String)
}

extension KnowledgeBase {
    /// Resolves a link target. Pure: the same base and URL always give the same answer.
    public func resolve(_ url: String) -> LinkResolution {
        switch LinkReference(url) {
        case .external(let address):
            return .external(address)
        case .unsupported(let text):
            return .unsupported(text)
        case .entry(let id, let anchor):
            guard hasEntry(id) else { return .unknownEntry(id) }
            if let anchor {
                // An entry that failed to load has unknown anchors; do not report them twice.
                guard stubs[id] != nil || anchors(of: id).contains(anchor) else {
                    return .unknownAnchor(id, anchor: anchor)
                }
            }
            return .entry(id, anchor: anchor)
        }
    }
}
