import Mustache

/// Wraps a view value for swift-mustache so that it is reflected once, not once per key lookup:
/// the library's default looks every key up through a fresh `Mirror`, which dominated render time.
/// Nested structs and arrays of them are wrapped the same way; strings, numbers, Booleans and values
/// that answer their own keys (`MustacheParent`: the small views made thousands of times, such as
/// `Crumb`) pass through.
struct ReflectedView: MustacheParent {
    private let children: [String: Any]

    init(_ value: Any) {
        let mirror = Mirror(reflecting: value)
        var children: [String: Any] = [:]
        children.reserveCapacity(Int(mirror.children.count))
        for child in mirror.children {
            guard let label = child.label, let unwrapped = ReflectedView.unwrap(child.value) else { continue }
            children[label] = ReflectedView.wrap(unwrapped)
        }
        self.children = children
    }

    func child(named name: String) -> Any? { children[name] }

    static func wrap(_ value: Any) -> Any {
        switch value {
        case is String, is Int, is Double, is Bool, is [String]: value
        case let array as any WrappableArray: array.wrappedElements()
        case is MustacheParent: value
        default: ReflectedView(value)
        }
    }

    /// The value an Optional holds, or nil; other values as they are.
    static func unwrap(_ value: Any) -> Any? {
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrappedValue
    }
}

/// Lets `wrap` map an array of any element type without bridging it to `[Any]` first.
private protocol WrappableArray {
    func wrappedElements() -> [Any]
}

extension Array: WrappableArray {
    fileprivate func wrappedElements() -> [Any] {
        Element.self is MustacheParent.Type ? map { $0 } : map(ReflectedView.wrap)
    }
}

private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? {
        guard case .some(let value) = self else { return nil }
        return ReflectedView.unwrap(value)
    }
}
