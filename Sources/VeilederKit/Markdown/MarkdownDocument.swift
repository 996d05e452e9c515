import Ccmark
#if canImport(Glibc)
import Glibc
#endif

/// A libcmark syntax tree that frees itself. Not `Sendable`: parse, use and drop it on one thread.
final class MarkdownDocument {
    let root: OpaquePointer

    /// Parses CommonMark with source positions. Raw HTML stays in the tree so checks can see it;
    /// rendering never emits it (cmark's safe mode).
    init(_ text: String) {
        var text = text
        root = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_SOURCEPOS)
            }
        }
    }

    deinit { cmark_node_free(root) }

    /// Visits every node depth first; `entering` is false on the way out of a container.
    func walk(_ visit: (MarkdownNode, _ entering: Bool) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(MarkdownNode(pointer: node), event == CMARK_EVENT_ENTER)
        }
    }
}

/// A borrowed view of one cmark node; valid while its document lives.
struct MarkdownNode {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }
    var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var parent: MarkdownNode? { cmark_node_parent(pointer).map(MarkdownNode.init) }
    var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    var next: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }

    var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// The text of this node and its descendants, with soft breaks as spaces. Gathered as bytes and
    /// made a `String` once: a `String` per text node and per level was a tenth of rendering a body.
    var plainText: String {
        var bytes: [UInt8] = []
        appendPlainText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func appendPlainText(to bytes: inout [UInt8]) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            guard let literal = cmark_node_get_literal(pointer) else { return }
            let count = strlen(literal)
            literal.withMemoryRebound(to: UInt8.self, capacity: count) { bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: count)) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            bytes.append(0x20)
        default:
            var child = firstChild
            while let node = child {
                node.appendPlainText(to: &bytes)
                child = node.next
            }
        }
    }

    /// The first byte of `plainText`, found without making it; nil when it is empty.
    var plainTextFirstByte: UInt8? {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            guard let literal = cmark_node_get_literal(pointer), literal.pointee != 0 else { return nil }
            return UInt8(bitPattern: literal.pointee)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            return 0x20
        default:
            var child = firstChild
            while let node = child {
                if let byte = node.plainTextFirstByte { return byte }
                child = node.next
            }
            return nil
        }
    }

    func isInside(_ types: Set<UInt32>) -> Bool {
        var node = parent
        while let current = node {
            if types.contains(current.type.rawValue) { return true }
            node = current.parent
        }
        return false
    }
}
