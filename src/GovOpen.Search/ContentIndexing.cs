using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Documents;
using GovOpen.Core.Text;

namespace GovOpen.Search;

/// <summary>Turns loaded content into search documents (every type the index knows).</summary>
public static class ContentIndexing
{
    /// <summary>
    /// The documents of what the public sees on its day (<see cref="Core.Disclosure.PublicSurface.Of"/>): the public
    /// index holds exactly these, with links to non-public policies already gone.
    /// </summary>
    public static IEnumerable<SearchDocument> Documents(PublicContent content) =>
        Makers(content.Items, content.Policies, content.Interpretations, content.Meetings, content.Fees, content.Today).Select(make => make());

    /// <summary>
    /// The same documents as <see cref="Documents(PublicContent)"/>, in the same order, made in parallel (a site's
    /// start: the text of every body is extracted).
    /// </summary>
    public static IReadOnlyList<SearchDocument> DocumentList(PublicContent content) =>
        DocumentList(content.Items, content.Policies, content.Interpretations, content.Meetings, content.Fees, content.Today);

    /// <summary>The same, from the parts of a public content (as a site reads them back from its own copy).</summary>
    public static IReadOnlyList<SearchDocument> DocumentList(
        IReadOnlyList<ContentItem> items,
        IReadOnlyDictionary<string, PolicyDocument> policies,
        IReadOnlyDictionary<string, Core.Interpretations.Interpretation> interpretations,
        IReadOnlyDictionary<string, Core.Meetings.Meeting> meetings,
        IReadOnlyDictionary<string, Core.Fees.FeeItem> fees,
        DateOnly today)
    {
        var makers = Makers(items, policies, interpretations, meetings, fees, today).ToList();
        var docs = new SearchDocument[makers.Count];
        Parallel.For(0, makers.Count, i => docs[i] = makers[i]());
        return docs;
    }

    /// <summary>The documents of everything loaded, drafts and withheld items too (for an editorial index).</summary>
    public static IEnumerable<SearchDocument> Documents(ContentSet content, DateOnly today) =>
        Makers(content.Items, content.Policies, content.Interpretations, content.Meetings, content.Fees, today).Select(make => make());

    /// <summary>How to make each document, in document order.</summary>
    private static IEnumerable<Func<SearchDocument>> Makers(
        IEnumerable<ContentItem> items,
        IReadOnlyDictionary<string, PolicyDocument> policies,
        IReadOnlyDictionary<string, Core.Interpretations.Interpretation> interpretations,
        IReadOnlyDictionary<string, Core.Meetings.Meeting> meetings,
        IReadOnlyDictionary<string, Core.Fees.FeeItem> fees,
        DateOnly today)
    {
        // By type, each in item order (the order documents had before: ties in ranking follow insertion order).
        var list = items as IReadOnlyCollection<ContentItem> ?? items.ToList();
        foreach (var item in list.Where(i => policies.ContainsKey(i.Id)))
        {
            yield return () => SearchDocuments.FromPolicy(policies[item.Id], today, item.Route.Path, ContentMapper.PlainBody(item));
        }
        foreach (var item in list.Where(i => interpretations.ContainsKey(i.Id)))
        {
            yield return () => SearchDocuments.FromInterpretation(interpretations[item.Id], policies.GetValueOrDefault, item.Route.Path, InterpretationText(item));
        }
        foreach (var item in list.Where(i => meetings.ContainsKey(i.Id)))
        {
            yield return () => SearchDocuments.FromMeeting(meetings[item.Id], item.Route.Path);
        }
        foreach (var item in list.Where(i => fees.ContainsKey(i.Id)))
        {
            yield return () => SearchDocuments.FromFee(fees[item.Id], today, item.Route.Path);
        }
    }

    /// <summary>Body, questions and answers, image texts and the video transcript of an interpretation.</summary>
    public static string InterpretationText(IContentValues item)
    {
        var parts = new List<string> { ContentMapper.PlainBody(item) };
        foreach (var q in InterpretationContentCodec.ReadQuestions(item.Get(PropertyAliases.QuestionsAndAnswers)))
        {
            parts.Add(q.Question);
            parts.Add(HtmlText.ToPlainText(q.Answer));
        }
        foreach (var image in InterpretationContentCodec.ReadImages(item.Get(PropertyAliases.Images)))
        {
            parts.Add(image.Alt);
            parts.Add(image.LongDescription ?? "");
        }
        parts.Add(ScalarCodecs.ReadText(item.Get(PropertyAliases.VideoTranscript)) ?? "");
        return string.Join("\n", parts.Where(p => p.Length > 0));
    }
}
