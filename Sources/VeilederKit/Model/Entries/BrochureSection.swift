/// One section of the patient brochure: a new plain-language text the project writes, answering one of
/// the ten questions on the brochure's cover. Every paragraph links to what it rests on.
public struct BrochureSection: Sendable, Hashable {
    public let guideline: String
    public let order: Int
    public let question: String
    public let status: BrochureStatus
    public let approvedBy: String?
    public let approvedDate: String?
    /// Emergency numbers and the like, in Markdown: not from the guideline, and marked so.
    public let practicalInformation: String?

    public init(
        guideline: String, order: Int, question: String, status: BrochureStatus,
        approvedBy: String?, approvedDate: String?, practicalInformation: String?
    ) {
        self.guideline = guideline
        self.order = order
        self.question = question
        self.status = status
        self.approvedBy = approvedBy
        self.approvedDate = approvedDate
        self.practicalInformation = practicalInformation
    }
}
