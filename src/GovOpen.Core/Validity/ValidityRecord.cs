namespace GovOpen.Core.Validity;

/// <summary>
/// A document's validity: an ordered history of events from which the state on any day is derived.
/// Expiry at the end of the validity period needs no event: on the day after <see cref="ValidUntilOn"/>
/// the state is 已失效.
/// </summary>
public sealed class ValidityRecord
{
    public const string Field = "validity";

    private readonly ValidityEvent[] _events;

    private ValidityRecord(ValidityEvent[] events) => _events = events;

    /// <summary>No validity recorded: the document is treated as 现行有效 (see <see cref="IsRecorded"/>).</summary>
    public static ValidityRecord None { get; } = new([]);

    public IReadOnlyList<ValidityEvent> History => _events;

    /// <summary>Whether anything was recorded at all; a document without a record is shown as 现行有效.</summary>
    public bool IsRecorded => _events.Length > 0;

    /// <summary>Creates a record for a document coming into force on <paramref name="effective"/>.</summary>
    public static ValidityRecord Starting(DateOnly effective, DateOnly? validUntil = null) =>
        None.With(new ValidityEvent(ValidityEventKind.Effective, effective, ValidUntil: validUntil));

    /// <summary>Rebuilds a record from stored events, rejecting an illegal history.</summary>
    public static ValidityRecord FromHistory(IEnumerable<ValidityEvent> events) => events.Aggregate(None, (r, e) => r.With(e));

    /// <summary>
    /// The state shown for a document on a day: the derived state when validity is recorded, 现行有效 when nothing
    /// is recorded (a document is in force unless something says otherwise).
    /// </summary>
    public ValidityState ShownOn(DateOnly date) => IsRecorded ? StateOn(date) : ValidityState.InForce;

    public DateOnly? EffectiveDate => _events.FirstOrDefault(e => e.Kind == ValidityEventKind.Effective)?.Date;

    /// <summary>The last day of validity as known on <paramref name="date"/> (extensions decided after it are not yet known).</summary>
    public DateOnly? ValidUntilOn(DateOnly date)
    {
        DateOnly? until = null;
        foreach (var e in _events)
        {
            if (e.Kind == ValidityEventKind.Effective)
            {
                until = e.ValidUntil;
            }
            else if (e.Kind == ValidityEventKind.Extended && e.Date <= date)
            {
                until = e.ValidUntil;
            }
        }
        return until;
    }

    /// <summary>The latest known last day of validity.</summary>
    public DateOnly? ValidUntil => ValidUntilOn(DateOnly.MaxValue);

    /// <summary>The state on a given day.</summary>
    public ValidityState StateOn(DateOnly date)
    {
        if (EffectiveDate is not { } effective || date < effective)
        {
            // An abolition before coming into force is still an abolition.
            return _events.Any(e => e.Kind == ValidityEventKind.Abolished && e.Date <= date) ? ValidityState.Abolished : ValidityState.NotYetEffective;
        }
        if (_events.Any(e => e.Kind == ValidityEventKind.Abolished && e.Date <= date))
        {
            return ValidityState.Abolished;
        }
        if (_events.Any(e => e.Kind == ValidityEventKind.DeclaredInvalid && e.Date <= date))
        {
            return ValidityState.Expired;
        }
        if (ValidUntilOn(date) is { } until && date > until)
        {
            return ValidityState.Expired;
        }
        return _events.Any(e => e.Kind == ValidityEventKind.Revised && e.Date <= date) ? ValidityState.Revised : ValidityState.InForce;
    }

    /// <summary>The event that ended or changed validity last, on a date (for the banner: "已于…废止，见…").</summary>
    public ValidityEvent? LastChangeOn(DateOnly date) =>
        _events.LastOrDefault(e => e.Kind is ValidityEventKind.Abolished or ValidityEventKind.Revised or ValidityEventKind.DeclaredInvalid && e.Date <= date);

    /// <summary>The record with one more event, or throws <see cref="GovOpenException"/> if the transition is illegal.</summary>
    public ValidityRecord With(ValidityEvent e)
    {
        var issue = Check(e);
        if (issue is not null)
        {
            throw new GovOpenException(issue);
        }
        return new ValidityRecord([.. _events, e]);
    }

    /// <summary>
    /// The same history with each event's reference replaced (the references decide nothing about legality, so the
    /// result needs no new check). Used to hide references to documents the public may not see.
    /// </summary>
    public ValidityRecord WithReferences(Func<DocumentRef?, DocumentRef?> map) =>
        _events.Length == 0 ? this : new ValidityRecord(_events.Select(e => e.By is null ? e : e with { By = map(e.By) }).ToArray());

    /// <summary>Why an event cannot be applied, or null when it can.</summary>
    public Issue? Check(ValidityEvent e)
    {
        var last = _events.Length > 0 ? _events[^1] : null;
        if (last is not null && e.Date < last.Date)
        {
            return Issue.Error(Field, "out-of-order", $"有效性变更日期{GovOpen.Core.Text.IsoDate.Format(e.Date)}早于上一次变更（{GovOpen.Core.Text.IsoDate.Format(last.Date)}）", $"The change date {GovOpen.Core.Text.IsoDate.Format(e.Date)} is before the previous change ({GovOpen.Core.Text.IsoDate.Format(last.Date)}).");
        }
        var effective = EffectiveDate;
        if (e.Kind == ValidityEventKind.Effective)
        {
            if (effective is not null)
            {
                return Issue.Error(Field, "already-effective", "施行日期已记录，不能重复施行；如需延长请使用“延长有效期”", "The document already has an effective date.");
            }
            if (e.ValidUntil is { } vu && vu < e.Date)
            {
                return Issue.Error("validUntil", "before-effective", "有效期截止日期早于施行日期", "The end of validity is before the effective date.");
            }
            return null;
        }
        var terminal = _events.FirstOrDefault(x => ValidityNames.Events.Has(x.Kind, ValidityNames.Terminal));
        if (terminal is not null)
        {
            return Issue.Error(Field, "terminal", $"文件已于{GovOpen.Core.Text.IsoDate.Format(terminal.Date)}{terminal.Kind.Name()}，不能再变更有效性；如需恢复，须以新文件重新制发", "The document was abolished or declared invalid; it cannot change again without a new document.");
        }
        if (e.Kind != ValidityEventKind.Abolished && effective is null)
        {
            return Issue.Error(Field, "not-effective", "文件尚未施行，只能废止，不能修订、延长或宣布失效", "A document not yet in force can only be abolished.");
        }
        var until = ValidUntilOn(e.Date);
        if (e.Kind != ValidityEventKind.DeclaredInvalid && until is { } u && e.Date > u)
        {
            return Issue.Error(Field, "expired", $"文件已于{GovOpen.Core.Text.IsoDate.Format(u.AddDays(1))}到期失效，不能再{e.Kind.Name()}", $"The document expired on {GovOpen.Core.Text.IsoDate.Format(u.AddDays(1))}; it cannot be {e.Kind.ToString().ToLowerInvariant()}.");
        }
        if (e.Kind is ValidityEventKind.Revised or ValidityEventKind.Abolished && (e.By is null || e.By.IsEmpty))
        {
            return Issue.Error("validityBy", "by-required", $"{e.Kind.Name()}必须注明依据的文件（文号或标题）", "The document that revised or abolished it must be named.");
        }
        if (e.Kind == ValidityEventKind.Extended)
        {
            if (e.ValidUntil is not { } newUntil)
            {
                return Issue.Error("validUntil", "required", "延长有效期须填写新的截止日期", "An extension needs the new end date.");
            }
            if (until is { } old && newUntil <= old)
            {
                return Issue.Error("validUntil", "not-later", "延长后的截止日期须晚于原截止日期", "The extended end date must be later than the current one.");
            }
            if (e.By is null || e.By.IsEmpty)
            {
                return Issue.Error("validityBy", "by-required", "延长有效期须注明决定文件", "An extension must name the deciding document.");
            }
        }
        return null;
    }

    /// <summary>The timeline of states, including automatic expiry.</summary>
    public IReadOnlyList<ValidityTransition> Timeline()
    {
        var list = new List<ValidityTransition>();
        foreach (var e in _events)
        {
            var state = StateOn(e.Date);
            list.Add(new ValidityTransition(e.Date, state, e.By, e.Kind.Name()));
        }
        if (ValidUntil is { } until && StateOn(until.AddDays(1)) == ValidityState.Expired && !_events.Any(e => e.Kind is ValidityEventKind.Abolished or ValidityEventKind.DeclaredInvalid && e.Date <= until))
        {
            list.Add(new ValidityTransition(until.AddDays(1), ValidityState.Expired, null, "有效期届满"));
        }
        return list.OrderBy(t => t.Date).ToList();
    }
}
