using GovOpen.Core.Content;

namespace GovOpen.Search;

/// <summary>Turns a content set into search documents (every type the index knows).</summary>
public static class ContentIndexing
{
    public static IEnumerable<SearchDocument> Documents(ContentSet set, DateOnly today)
    {
        foreach (var p in set.Policies.Values)
        {
            var item = set.ById[p.Id];
            yield return SearchDocuments.FromPolicy(p, today, item.Route.Path, ContentMapper.PlainBody(item));
        }
        foreach (var i in set.Interpretations.Values)
        {
            var item = set.ById[i.Id];
            yield return SearchDocuments.FromInterpretation(i, id => set.Policies.GetValueOrDefault(id), item.Route.Path, InterpretationText(item));
        }
        foreach (var m in set.Meetings.Values)
        {
            yield return SearchDocuments.FromMeeting(m, set.ById[m.Id].Route.Path);
        }
        foreach (var f in set.Fees.Values)
        {
            yield return SearchDocuments.FromFee(f, today, set.ById[f.Id].Route.Path);
        }
    }

    /// <summary>Body, questions and answers, and image alt texts of an interpretation.</summary>
    private static string InterpretationText(ContentItem item)
    {
        var parts = new List<string> { ContentMapper.PlainBody(item) };
        if (item.Properties["qa"] is System.Text.Json.Nodes.JsonArray qa)
        {
            foreach (var q in qa.OfType<System.Text.Json.Nodes.JsonObject>())
            {
                parts.Add(ContentMapper.Str(q, "question") ?? "");
                parts.Add(Core.Text.HtmlText.ToPlainText(ContentMapper.Str(q, "answer")));
            }
        }
        if (item.Properties["images"] is System.Text.Json.Nodes.JsonArray images)
        {
            parts.AddRange(images.OfType<System.Text.Json.Nodes.JsonObject>().Select(i => ContentMapper.Str(i, "alt") ?? ""));
        }
        return string.Join("\n", parts.Where(p => p.Length > 0));
    }
}
