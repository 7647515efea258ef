using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Validity;

/// <summary>The vocabularies of validity states (有效性) and of the events that change them.</summary>
public static class ValidityNames
{
    /// <summary>Flag of the events that must name the deciding document.</summary>
    public const string NeedsDecidingDocument = "needsBy";

    /// <summary>Flag of the events after which nothing may change (废止, 宣布失效).</summary>
    public const string Terminal = "terminal";

    public static Vocabulary<ValidityState> States { get; } = new("validityState", "validity",
    [
        new(ValidityState.NotYetEffective, "notYetEffective", "尚未生效", "Not yet in force"),
        new(ValidityState.InForce, "inForce", "现行有效", "In force") { Synonyms = ["有效", "全文有效"] },
        new(ValidityState.Revised, "revised", "已修订", "Revised") { Synonyms = ["部分修订", "已修改"] },
        new(ValidityState.Abolished, "abolished", "已废止", "Abolished") { Synonyms = ["废止", "全文废止"] },
        new(ValidityState.Expired, "expired", "已失效", "Expired") { Synonyms = ["失效", "全文失效"] },
    ]);

    public static Vocabulary<ValidityEventKind> Events { get; } = new("validityEvent", "validity",
    [
        new(ValidityEventKind.Effective, "effective", "施行", "Comes into force"),
        new(ValidityEventKind.Revised, "revised", "修订", "Revised") { Flags = new HashSet<string> { NeedsDecidingDocument } },
        new(ValidityEventKind.Extended, "extended", "延长有效期", "Validity extended") { Flags = new HashSet<string> { NeedsDecidingDocument } },
        new(ValidityEventKind.Abolished, "abolished", "废止", "Abolished") { Flags = new HashSet<string> { NeedsDecidingDocument, Terminal } },
        new(ValidityEventKind.DeclaredInvalid, "declaredInvalid", "宣布失效", "Declared invalid") { Flags = new HashSet<string> { Terminal } },
    ]);

    public static string Name(this ValidityState s) => States.Name(s);

    public static string Alias(this ValidityState s) => States.Alias(s);

    public static bool TryParse(string? value, out ValidityState state) => States.TryParse(value, out state);

    public static string Name(this ValidityEventKind k) => Events.Name(k);

    public static string Alias(this ValidityEventKind k) => Events.Alias(k);
}
