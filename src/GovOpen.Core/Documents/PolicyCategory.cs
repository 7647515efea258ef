namespace GovOpen.Core.Documents;

/// <summary>What kind of policy document it is, for the annual report (table 2) and validity rules.</summary>
public enum PolicyCategory
{
    /// <summary>其他文件.</summary>
    Other,
    /// <summary>行政规范性文件 — carries a validity period (国办发〔2018〕37号).</summary>
    Normative,
    /// <summary>规章 — issued by decree (令).</summary>
    Rule,
}
