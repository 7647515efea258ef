using System.Net;
using System.Text.RegularExpressions;

namespace GovOpen.Site.Tests;

/// <summary>
/// Walks every public surface of the sample site — pages reached by links, every list filter value, feeds,
/// the sitemap and many searches — and asserts that no 依申请公开 or 不予公开 item appears anywhere.
/// </summary>
public sealed class LeakTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = true });

    private static IEnumerable<string> Forbidden() =>
        Sample.Withheld.SelectMany(w => new[] { w.Id, w.Title, w.Number }).Concat(Sample.SecretAgenda)
            .Concat(["属于人事管理内部事务信息", "涉及企业商业秘密", "仅涉及特定申请人", "涉及投诉人个人信息", "内部说明材料"]);

    [Fact]
    public async Task No_withheld_item_reaches_any_public_surface()
    {
        var forbidden = Forbidden().ToList();
        var queue = new Queue<string>(["/xxgk/", "/sitemap.xml", "/feeds/zcwj.xml", "/feeds/zcjd.xml", "/feeds/hygk.xml", "/feeds/jgsf.xml", "/healthz"]);
        foreach (var w in Sample.Withheld)
        {
            queue.Enqueue("/search?q=" + Uri.EscapeDataString(w.Title));
            queue.Enqueue("/search?q=" + Uri.EscapeDataString(w.Number));
            queue.Enqueue("/search?q=" + Uri.EscapeDataString(w.Title[..4]) + "&scope=title");
        }
        foreach (var q in new[] { "", "政务公开", "人事", "内部", "复函", "投诉", "函", "示府办函", "示府办函〔2025〕", "预审", "商业秘密", "干部任免", "信访" })
        {
            queue.Enqueue("/search?q=" + Uri.EscapeDataString(q));
            queue.Enqueue("/search?sort=date&q=" + Uri.EscapeDataString(q) + "&type=policy");
        }
        var seen = new HashSet<string>();
        var pages = 0;
        while (queue.Count > 0 && pages < 2000)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
            {
                continue;
            }
            var res = await _client.GetAsync(url);
            var body = await res.Content.ReadAsStringAsync();
            pages++;
            Assert.True((int)res.StatusCode < 500, $"{url} → {(int)res.StatusCode}");
            // A search page repeats the citizen's own query in the box and the count line; that echo is not a
            // leak. Results, facets and everything else are checked in full.
            var results = Regex.Match(body, "<div class=\"list-layout\">.*", RegexOptions.Singleline).Value;
            var rest = body;
            if (url.StartsWith("/search", StringComparison.Ordinal))
            {
                var q = System.Web.HttpUtility.ParseQueryString(url[(url.IndexOf('?') + 1)..])["q"] ?? "";
                rest = q.Length == 0 ? body : body.Replace(WebUtility.HtmlEncode(q), "", StringComparison.Ordinal).Replace(q, "", StringComparison.Ordinal);
                var countLine = Regex.Match(results, "<p class=\"count\"[^>]*>.*?</p>", RegexOptions.Singleline).Value;
                results = results.Replace(countLine, "", StringComparison.Ordinal);
            }
            foreach (var f in forbidden)
            {
                Assert.False(results.Contains(f, StringComparison.Ordinal), $"'{f}' leaked in the results of {url}");
                Assert.False(rest.Contains(f, StringComparison.Ordinal), $"'{f}' leaked on {url}");
            }
            foreach (Match m in Regex.Matches(body, "(?:href|src)=\"(/[^\"#]*)\""))
            {
                var link = WebUtility.HtmlDecode(m.Groups[1].Value);
                if (!link.StartsWith("/settings", StringComparison.Ordinal) && !link.StartsWith("/css", StringComparison.Ordinal) && !Regex.IsMatch(link, "page=[3-9]"))
                {
                    queue.Enqueue(link);
                }
            }
            foreach (Match m in Regex.Matches(body, "<loc>https?://[^/]+(/[^<]*)</loc>"))
            {
                queue.Enqueue(m.Groups[1].Value);
            }
        }
        Assert.True(pages > 250, $"only {pages} pages were walked");
    }

    [Fact]
    public async Task A_withheld_page_looks_exactly_like_a_missing_one()
    {
        var missing = await _client.GetAsync("/xxgk/zcwj/zcwj-0000-000/");
        var missingBody = await missing.Content.ReadAsStringAsync();
        foreach (var w in Sample.Withheld)
        {
            var route = w.Id.StartsWith("zcjd", StringComparison.Ordinal) ? $"/xxgk/zcjd/{w.Id}/" : $"/xxgk/zcwj/{w.Id}/";
            var res = await _client.GetAsync(route);
            Assert.Equal(HttpStatusCode.NotFound, res.StatusCode);
            var body = await res.Content.ReadAsStringAsync();
            Assert.Equal(Normalize(missingBody), Normalize(body));
        }

        static string Normalize(string html) => Regex.Replace(html, "returnUrl=[^\"]*", "");
    }
}
