/// A graded recommendation, as printed in one cell of a guideline's recommendation table
/// (or one of two graded statements split from a cell).
public final class Recommendation: Sendable {
    public let guideline: String
    public let section: String
    /// Position in the section's table, as printed.
    public let order: Int
    /// Which table of the section, when a section has more than one (1 otherwise).
    public let table: Int
    public let topic: String
    public let diagnosis: DiagnosisGroup
    public let phases: [Phase]
    public let direction: Direction
    public let directionAsWritten: String
    public let strength: Strength
    public let evidence: Evidence
    public let citations: [String]
    /// Why the strength exceeds the evidence, quoted from the source, or `ikke-oppgitt-i-kilden`.
    public let reason: String?
    /// The entry whose documentation this one shares (two entries split from one cell).
    public let documentationFrom: EntryID?
    /// Text the extraction lost, said in words (never filled in).
    public let gaps: [String]

    public init(
        guideline: String, section: String, order: Int, table: Int, topic: String,
        diagnosis: DiagnosisGroup, phases: [Phase], direction: Direction, directionAsWritten: String,
        strength: Strength, evidence: Evidence, citations: [String], reason: String?,
        documentationFrom: EntryID?, gaps: [String]
    ) {
        self.guideline = guideline
        self.section = section
        self.order = order
        self.table = table
        self.topic = topic
        self.diagnosis = diagnosis
        self.phases = phases
        self.direction = direction
        self.directionAsWritten = directionAsWritten
        self.strength = strength
        self.evidence = evidence
        self.citations = citations
        self.reason = reason
        self.documentationFrom = documentationFrom
        self.gaps = gaps
    }

    /// The value written when the source gives no reason for a strength above its evidence.
    public static let reasonNotGiven = "ikke-oppgitt-i-kilden"
}

public struct Strength: Sendable, Hashable {
    /// In the order written; a range («sterk/moderat grad») keeps both; empty when none is printed.
    public let grades: [StrengthGrade]
    /// The source's words, or `ikke-oppgitt`.
    public let asWritten: String
    public let basis: StrengthBasis
    /// The recommendation that states an inherited strength.
    public let from: EntryID?

    public init(grades: [StrengthGrade], asWritten: String, basis: StrengthBasis, from: EntryID?) {
        self.grades = grades
        self.asWritten = asWritten
        self.basis = basis
        self.from = from
    }

    public var isStrong: Bool { grades.first == .sterk }
}

public struct Evidence: Sendable, Hashable {
    public let level: EvidenceLevel
    /// A level per documentation paragraph where the source gives one («** for SR, * for de øvrige»).
    public let note: String?
    public let pairing: Pairing

    public init(level: EvidenceLevel, note: String?, pairing: Pairing) {
        self.level = level
        self.note = note
        self.pairing = pairing
    }
}
