public enum ReviewStatus: String, Vocabulary {
    case aapen = "åpen"
    case lukket

    public static let vocabularyName = "status for merknad"

    public var label: String { rawValue }
}
