import Mustache

/// Wraps a view value for swift-mustache so that it is reflected once, not once per key lookup:
/// the library's default looks every key up through a fresh `Mirror`, which dominated render time.
/// Nested structs and arrays of them are wrapped the same way; strings, numbers and Booleans pass through.
struct ReflectedView: MustacheParent {
    private let children: [String: Any]

    init(_ value: Any) {
        var children: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, let unwrapped = ReflectedView.unwrap(child.value) else { continue }
            children[label] = ReflectedView.wrap(unwrapped)
        }
        self.children = children
    }

    func child(named name: String) -> Any? { children[name] }

    static func wrap(_ value: Any) -> Any {
        switch value {
        case is String, is Int, is Double, is Bool: return value
        case let array as [String]: return array
        case let array as [Any]: return array.map(wrap)
        default: return ReflectedView(value)
        }
    }

    /// The value an Optional holds, or nil; other values as they are.
    static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
