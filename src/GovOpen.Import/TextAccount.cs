namespace GovOpen.Import;

/// <summary>
/// How much of the source's text the result keeps, counted character by character (whitespace aside): every
/// character of the source must be found in the result — a field's source text, the body, or a kept note.
/// </summary>
public sealed record TextAccount(int SourceCharacters, int KeptCharacters)
{
    public double KeptPercent => SourceCharacters == 0 ? 100 : Math.Floor(KeptCharacters * 1000.0 / SourceCharacters) / 10;

    public bool KeepsEverything => KeptCharacters == SourceCharacters;

    /// <summary>The line of the import report: 保留原文 100%（7,098 字） / kept 100% of 7,098 characters.</summary>
    public string Summary => $"保留原文{KeptPercent:0.#}%（{SourceCharacters:N0}字） (kept {KeptPercent:0.#}% of {SourceCharacters:N0} characters)";

    /// <summary>Counts the characters of <paramref name="source"/> that <paramref name="kept"/> holds (as a multiset).</summary>
    public static TextAccount Measure(IEnumerable<string> source, IEnumerable<string> kept)
    {
        var available = new Dictionary<char, int>();
        foreach (var ch in kept.SelectMany(s => s).Where(ch => !char.IsWhiteSpace(ch)))
        {
            available[ch] = available.GetValueOrDefault(ch) + 1;
        }
        int total = 0, found = 0;
        foreach (var ch in source.SelectMany(s => s).Where(ch => !char.IsWhiteSpace(ch)))
        {
            total++;
            if (available.GetValueOrDefault(ch) > 0)
            {
                available[ch]--;
                found++;
            }
        }
        return new TextAccount(total, found);
    }
}
