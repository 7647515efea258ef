using System.Text.Json;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Notifications;

/// <summary>
/// The proposed validity changes of each policy, kept in Umbraco's key-value store (one entry per target document),
/// not in the document: recording a proposal never saves another editor's document.
/// </summary>
public sealed class PendingValidityChanges(IKeyValueService store)
{
    public const string KeyPrefix = "GovOpen.PendingValidity.";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The reverse index: for a deciding document, the documents it proposed changes for.</summary>
    public const string ByPrefix = "GovOpen.PendingValidityBy.";

    private static string KeyOf(Guid target) => KeyPrefix + target.ToString("N");

    private static string ByKeyOf(Guid decider) => ByPrefix + decider.ToString("N");

    /// <summary>The documents a deciding document proposed changes for.</summary>
    public IReadOnlyList<Guid> TargetsOf(Guid decider) =>
        store.GetValue(ByKeyOf(decider)) is { Length: > 0 } json ? JsonSerializer.Deserialize<List<Guid>>(json, Json) ?? [] : [];

    /// <summary>
    /// What a deciding document proposed for other documents (its 废止/修订 clauses as read), with each target's key:
    /// the same records the targets show, so an editor can confirm or reject them from either document.
    /// </summary>
    public IReadOnlyList<(Guid Target, PendingValidityChange Change)> ProposedBy(Guid decider)
    {
        var id = decider.ToString("N");
        return TargetsOf(decider).SelectMany(t => For(t).Where(c => string.Equals(c.ById?.Replace("-", ""), id, StringComparison.OrdinalIgnoreCase)).Select(c => (t, c))).ToList();
    }

    /// <summary>Every change recorded for a document, newest last (decided ones are kept as the audit trail).</summary>
    public IReadOnlyList<PendingValidityChange> For(Guid target) =>
        store.GetValue(KeyOf(target)) is { Length: > 0 } json ? JsonSerializer.Deserialize<List<PendingValidityChange>>(json, Json) ?? [] : [];

    /// <summary>Records a proposal unless the same deciding document already proposed the same kind; returns whether it was added.</summary>
    public bool Propose(Guid target, PendingValidityChange change)
    {
        var all = For(target).ToList();
        if (all.Any(c => c.Kind == change.Kind && c.ById == change.ById))
        {
            return false;
        }
        all.Add(change);
        store.SetValue(KeyOf(target), JsonSerializer.Serialize(all, Json));
        if (change.ById is { } by && Guid.TryParse(by, out var decider))
        {
            var targets = TargetsOf(decider).ToList();
            if (!targets.Contains(target))
            {
                targets.Add(target);
                store.SetValue(ByKeyOf(decider), JsonSerializer.Serialize(targets, Json));
            }
        }
        return true;
    }

    /// <summary>Marks a pending change confirmed or rejected, recording who and when; null when there is no such pending change.</summary>
    public PendingValidityChange? Decide(Guid target, string id, bool confirmed, string decidedBy, DateTimeOffset at, string? note = null)
    {
        var all = For(target).ToList();
        var i = all.FindIndex(c => c.Id == id && c.Status == "pending");
        if (i < 0)
        {
            return null;
        }
        all[i] = all[i] with { Status = confirmed ? "confirmed" : "rejected", DecidedBy = decidedBy, DecidedAt = at, Note = note };
        store.SetValue(KeyOf(target), JsonSerializer.Serialize(all, Json));
        return all[i];
    }
}
