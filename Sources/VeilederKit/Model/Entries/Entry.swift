/// One content file, decoded: what every kind shares plus the kind's own fields.
/// Review notes are not here: they live in `EditorialRecord`, which the rendering stages never receive.
///
/// A class, though immutable: entries are passed around and grouped by the thousand, and copying a
/// struct this size means retaining every string in it, where a class costs one retain.
public final class Entry: Sendable {
    public let id: EntryID
    /// Path relative to the content root.
    public let file: String
    public let content: EntryContent
    public let body: MarkdownText
    public let provenance: Provenance?
    /// When the entry's content last changed (`YYYY-MM-DD`), shown as «Sist endret».
    public let updated: String?
    public let locations: KeyLocations

    public init(
        id: EntryID, file: String, content: EntryContent, body: MarkdownText,
        provenance: Provenance?, updated: String?, locations: KeyLocations
    ) {
        self.id = id
        self.file = file
        self.content = content
        self.body = body
        self.provenance = provenance
        self.updated = updated
        self.locations = locations
    }

    public var kind: EntryKind { content.kind }
    public var guideline: String? { content.guideline }
}
