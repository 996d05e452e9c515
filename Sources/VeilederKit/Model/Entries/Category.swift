/// A diagnostic triage category (section 6.1), with the share of patients the guideline gives.
public struct Category: Sendable, Hashable {
    public let guideline: String
    public let order: Int
    public let name: String
    /// As printed, for example «80–90 %».
    public let share: String
    public let diagnosis: DiagnosisGroup
    /// What belonging to the category means for handling.
    public let handling: String

    public init(guideline: String, order: Int, name: String, share: String, diagnosis: DiagnosisGroup, handling: String) {
        self.guideline = guideline
        self.order = order
        self.name = name
        self.share = share
        self.diagnosis = diagnosis
        self.handling = handling
    }
}
