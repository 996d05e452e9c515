public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case error
    case warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}
