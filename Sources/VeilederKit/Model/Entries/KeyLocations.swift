/// Where each front-matter key of an entry stands, by dotted path (`strength.from`, `items.2.id`).
///
/// A list rather than a dictionary: an entry records a few dozen keys, every one of them while it
/// is decoded, and looks up only those a finding points at. Hashing each path was a thirtieth of
/// loading. A key recorded twice stands where it was recorded last.
public struct KeyLocations: Sendable, Hashable {
    private var paths: [String] = []
    private var locations: [SourceLocation] = []
    /// Where the entry starts: the `id` key, or the top of the file.
    public let origin: SourceLocation

    public init(origin: SourceLocation) {
        self.origin = origin
    }

    /// The same keys, starting elsewhere.
    func starting(at origin: SourceLocation) -> KeyLocations {
        var moved = KeyLocations(origin: origin)
        moved.paths = paths
        moved.locations = locations
        return moved
    }

    public subscript(path: String) -> SourceLocation {
        guard let index = paths.lastIndex(of: path) else { return origin }
        return locations[index]
    }

    public mutating func record(_ path: String, _ location: SourceLocation) {
        paths.append(path)
        locations.append(location)
    }

    /// Room for this many keys before the lists grow.
    mutating func reserveCapacity(_ count: Int) {
        paths.reserveCapacity(count)
        locations.reserveCapacity(count)
    }
}
