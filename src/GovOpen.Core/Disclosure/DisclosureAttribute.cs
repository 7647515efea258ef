namespace GovOpen.Core.Disclosure;

/// <summary>公开属性 (国办发〔2016〕80号: decided when the document is drafted).</summary>
public enum DisclosureAttribute
{
    /// <summary>主动公开 — published proactively (条例 art. 5: the default).</summary>
    Proactive,
    /// <summary>依申请公开 — disclosed only in answer to a request (art. 13, 27).</summary>
    OnRequest,
    /// <summary>不予公开 — withheld on an art. 14/15/16 ground.</summary>
    NotDisclosed,
}
