namespace GovOpen.Core.Vocabularies;

/// <summary>A vocabulary without its enum type, for code generation and documentation.</summary>
public interface IVocabulary
{
    /// <summary>Key of the vocabulary in generated code (e.g. <c>documentGenre</c>).</summary>
    string Key { get; }

    /// <summary>The property alias the value is usually stored under.</summary>
    string Field { get; }

    IEnumerable<ITerm> Terms { get; }
}

/// <summary>
/// The one table of a value set (公开属性, 有效性, 文种, …): name, alias and flags of each value. Every reader,
/// writer, validator and generated client copy goes through it, so no value set is written twice.
/// </summary>
public sealed class Vocabulary<T> : IVocabulary
    where T : struct, Enum
{
    private readonly Dictionary<T, Term<T>> _byValue;
    private readonly Dictionary<string, T> _byText;

    public Vocabulary(string key, string field, IReadOnlyList<Term<T>> terms)
    {
        Key = key;
        Field = field;
        All = terms;
        _byValue = terms.ToDictionary(t => t.Value);
        var missing = Enum.GetValues<T>().Where(v => !_byValue.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Vocabulary {key} has no term for {string.Join(", ", missing)}.");
        }
        _byText = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in terms)
        {
            foreach (var text in new[] { t.Alias, t.Name }.Concat(t.Synonyms))
            {
                if (!_byText.TryAdd(text, t.Value) && !EqualityComparer<T>.Default.Equals(_byText[text], t.Value))
                {
                    throw new InvalidOperationException($"Vocabulary {key}: '{text}' names two values.");
                }
            }
        }
    }

    public string Key { get; }

    public string Field { get; }

    /// <summary>The terms in display order.</summary>
    public IReadOnlyList<Term<T>> All { get; }

    IEnumerable<ITerm> IVocabulary.Terms => All;

    public Term<T> this[T value] => _byValue[value];

    public string Name(T value) => _byValue[value].Name;

    public string Alias(T value) => _byValue[value].Alias;

    public bool Has(T value, string flag) => _byValue[value].Has(flag);

    /// <summary>The values carrying a flag, in display order.</summary>
    public IEnumerable<T> With(string flag) => All.Where(t => t.Has(flag)).Select(t => t.Value);

    /// <summary>Accepts the alias (any case), the Chinese name or a synonym; surrounding space is ignored.</summary>
    public bool TryParse(string? text, out T value)
    {
        value = default;
        return text is not null && _byText.TryGetValue(text.Trim(), out value);
    }

    /// <summary>The value, or an error naming the field and the value that was not understood.</summary>
    public T? Read(string? text, List<Issue> issues, string? itemId = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (TryParse(text, out var v))
        {
            return v;
        }
        var prefix = itemId is null ? "" : itemId + "：";
        var prefixEn = itemId is null ? "" : itemId + ": ";
        issues.Add(Issue.Error(Field, "bad-value", $"{prefix}{Field}的值“{text}”无效", $"{prefixEn}invalid {Field} '{text}'."));
        return null;
    }
}
