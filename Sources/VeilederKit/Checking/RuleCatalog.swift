/// Every rule, in the order its findings are documented.
public enum RuleCatalog {
    public static let checkRules: [any CheckRule.Type] = [
        DuplicateIDRule.self,
        UnsafeIDRule.self,
        UnknownGuidelineRule.self,
        UnknownLinkRule.self,
        WrongKindRule.self,
        SectionNotInContentsRule.self,
        InheritedStrengthRule.self,
        MojibakeRule.self,
        EmptyBodyRule.self,
        RawHTMLRule.self,
        MarkdownTableRule.self,
        BlockPlacementRule.self,
        CitationRangeRule.self,
        NotNFCRule.self,
        EnglishQuotesRule.self,
        StrongBelowMegetGodRule.self,
        BrochureUnlinkedParagraphRule.self,
        PlainLanguageRule.self,
        BandWithoutBasisRule.self,
        WorkedExampleRule.self,
        UnlicensedInstrumentRule.self,
        ReviewOverdueRule.self,
        UnusedDefinitionRule.self,
    ]

    /// Rules reported while files are read.
    public static let loadingRules: [RuleDescription] = [
        InvalidUTF8Rule.description,
        FileTooLargeRule.description,
        FrontMatterRule.description,
        YAMLSyntaxRule.description,
        YAMLAliasRule.description,
        YAMLNestingRule.description,
        UnknownKeyRule.description,
        MissingKeyRule.description,
        BadValueRule.description,
    ]

    public static var all: [RuleDescription] { loadingRules + checkRules.map { $0.description } }

    public static func rule(id: String) -> RuleDescription? { all.first { $0.id == id } }
}
