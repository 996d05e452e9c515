/// The project's own review of a transcription: when it was last read against the source, and the
/// editors' open and closed notes. Kept apart from `Entry` so that no rendering stage can reach it.
public struct EditorialRecord: Sendable, Hashable {
    /// The entry's id, or the guideline's short name for notes attached to `guideline.yaml`.
    public let owner: String
    public let file: String
    public let reviewed: String?
    public let notes: [ReviewNote]

    public init(owner: String, file: String, reviewed: String?, notes: [ReviewNote]) {
        self.owner = owner
        self.file = file
        self.reviewed = reviewed
        self.notes = notes
    }
}

public struct ReviewNote: Sendable, Hashable {
    public let text: String
    public let by: String
    public let status: ReviewStatus
    /// What the note is about: a phrase, an anchor, or `ukjent`.
    public let anchor: String
    public let location: SourceLocation

    public init(text: String, by: String, status: ReviewStatus, anchor: String, location: SourceLocation) {
        self.text = text
        self.by = by
        self.status = status
        self.anchor = anchor
        self.location = location
    }
}
