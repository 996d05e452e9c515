import Yams

/// What one file's decoding collects: diagnostics, key positions, and whether anything failed.
final class DecodingContext {
    let file: String
    let firstLine: Int
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var locations: KeyLocations
    private(set) var failed = false

    init(file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
        self.locations = KeyLocations(origin: SourceLocation(file: file, line: 1))
        // A recommendation records about twenty keys.
        locations.reserveCapacity(24)
    }

    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: (mark?.line ?? 1) + firstLine - 1, column: mark?.column ?? 1)
    }

    func record(_ path: String, _ mark: Mark?) {
        locations.record(path, location(mark))
    }

    func report(_ rule: RuleDescription, at mark: Mark?, _ message: String, fixIt: String? = nil) {
        if rule.severity == .error { failed = true }
        diagnostics.append(Diagnostic(rule: rule, location: location(mark), message: message, fixIt: fixIt))
    }

    func setOrigin(_ mark: Mark?) {
        locations = locations.starting(at: location(mark))
    }
}
