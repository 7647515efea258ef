namespace GovOpen.Core.Vocabularies;

/// <summary>
/// One value of a vocabulary: the enum value, the ASCII alias stored in Umbraco and the content package, the
/// Simplified Chinese name shown to editors and citizens, the English name, the other spellings accepted on input,
/// and flags that rules read (e.g. <c>requiresNumber</c>).
/// </summary>
public sealed record Term<T>(T Value, string Alias, string Name, string NameEn) : ITerm
    where T : struct, Enum
{
    private static readonly IReadOnlySet<string> NoFlags = new HashSet<string>();

    /// <summary>Other spellings accepted when reading (e.g. 规范性文件 for 行政规范性文件).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    public IReadOnlySet<string> Flags { get; init; } = NoFlags;

    /// <summary>The article of the law the value rests on, where it has one (e.g. 条例 art. 14).</summary>
    public int? Article { get; init; }

    public bool Has(string flag) => Flags.Contains(flag);
}

/// <summary>A term without its enum type, for code generation and documentation.</summary>
public interface ITerm
{
    string Alias { get; }

    string Name { get; }

    string NameEn { get; }

    IReadOnlyList<string> Synonyms { get; }

    IReadOnlySet<string> Flags { get; }

    int? Article { get; }
}
