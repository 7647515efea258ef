using GovOpen.Core.Calendar;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Interpretations;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Search;
using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.Scheduling;

/// <summary>
/// Which published GovOpen documents show something different on one day than on the day before: whether they may
/// appear (a future 发布日期 arrives), their 有效性 label (a validity period ends, a decided change takes effect), a
/// policy's 解读 status (a deadline passes), a fee's current standard. Only these need re-indexing at the day's turn;
/// everything is computed with Core's rules from the published values.
/// </summary>
public sealed class DayChanges(IGovContentSource source, WorkCalendar calendar, int interpretationDeadlineWorkingDays)
{
    public IReadOnlyList<IContent> Between(DateOnly before, DateOnly day)
    {
        var published = source.All().Where(c => c.IsLive()).ToList();
        var interpretations = published.Where(c => c.ContentType.Alias == ContentTypes.PolicyInterpretation)
            .Select(c => UmbracoContentAdapter.ToInterpretation(c, ContentVersion.Published)).ToList();
        var byPolicy = InterpretationRules.ByPolicy(interpretations);
        var rules = new InterpretationRules(calendar, interpretationDeadlineWorkingDays);
        string State(IContent c, DateOnly d)
        {
            switch (c.ContentType.Alias)
            {
                case ContentTypes.PolicyDocument:
                    var p = UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published);
                    return $"{PublicSurface.MayAppear(p, d)}|{p.ValidityOn(d)}|{rules.StatusOf(p, byPolicy[p.Id], d).Kind}";
                case ContentTypes.FeeItem:
                    var f = UmbracoContentAdapter.ToFee(c, ContentVersion.Published);
                    return $"{PublicSurface.MayAppear(f, d)}|{f.StandardOn(d)?.From}";
                case ContentTypes.PolicyInterpretation:
                    return PublicSurface.MayAppear(UmbracoContentAdapter.ToInterpretation(c, ContentVersion.Published), d).ToString();
                case ContentTypes.Meeting:
                    return PublicSurface.MayAppear(UmbracoContentAdapter.ToMeeting(c, ContentVersion.Published), d).ToString();
                default:
                    return "";
            }
        }
        return published.Where(c => State(c, before) != State(c, day)).ToList();
    }
}
