/// Where each front-matter key of an entry stands, by dotted path (`strength.from`, `items.2.id`).
public struct KeyLocations: Sendable, Hashable {
    public private(set) var byPath: [String: SourceLocation]
    /// Where the entry starts: the `id` key, or the top of the file.
    public let origin: SourceLocation

    public init(origin: SourceLocation, byPath: [String: SourceLocation] = [:]) {
        self.origin = origin
        self.byPath = byPath
    }

    public subscript(path: String) -> SourceLocation { byPath[path] ?? origin }

    public mutating func record(_ path: String, _ location: SourceLocation) { byPath[path] = location }

    /// Room for this many keys before the table grows.
    mutating func reserveCapacity(_ count: Int) { byPath.reserveCapacity(count) }
}
