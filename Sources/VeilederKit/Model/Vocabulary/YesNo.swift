public enum YesNo: String, Vocabulary {
    case ja, nei

    public static let vocabularyName = "ja eller nei"
    public var label: String { rawValue }
    public var bool: Bool { self == .ja }
}
