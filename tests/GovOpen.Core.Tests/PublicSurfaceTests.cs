using System.Text.Json.Nodes;
using CsCheck;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Tests;

public sealed class PublicSurfaceTests
{
    private static readonly DateOnly Day0 = new(2026, 11, 1);

    private static readonly string[] Attributes = ["proactive", "onRequest", "notDisclosed", "maybe"];

    /// <summary>Random content: a root, a column, policies, interpretations linking policies, and meetings whose agenda links both.</summary>
    private static readonly Gen<List<ContentItem>> Content =
        Gen.Select(Gen.Int[1, 8], Gen.Int[0, 8], Gen.Int[0, 3], Gen.Int[0, int.MaxValue]).Select((policies, interpretations, meetings, seed) =>
        {
            var rnd = new Random(seed);
            string Attr() => Attributes[rnd.Next(Attributes.Length)];
            string Day() => Day0.AddDays(rnd.Next(-3, 10)).ToString("yyyy-MM-dd");
            var items = new List<ContentItem>
            {
                new() { Id = "root", ContentType = ContentTypes.DisclosureRoot, Name = "政府信息公开", Route = new ContentRoute("/xxgk/") },
                new() { Id = "col", ContentType = ContentTypes.PolicyFolder, Name = "政策文件", Route = new ContentRoute("/xxgk/zcwj/"), ParentId = "root", Properties = new JsonObject { ["publishedDate"] = Day() } },
            };
            for (var i = 0; i < policies; i++)
            {
                items.Add(new()
                {
                    Id = $"p{i}",
                    ContentType = ContentTypes.PolicyDocument,
                    Name = $"政策{i}",
                    Route = new ContentRoute($"/xxgk/zcwj/p{i}/"),
                    ParentId = rnd.Next(5) == 0 ? "root" : "col",
                    Properties = new JsonObject
                    {
                        ["publishedDate"] = Day(), ["disclosure"] = Attr(), ["documentNumber"] = $"示府发〔2026〕{i + 1}号", ["draft"] = rnd.Next(8) == 0,
                        ["body"] = new JsonObject { ["markup"] = $"<p>见<a href=\"/xxgk/zcwj/p{rnd.Next(policies)}/\">政策{rnd.Next(policies)}</a></p>" },
                        ["attachments"] = new JsonArray(new JsonObject { ["name"] = "附件", ["url"] = $"media/p{i}.pdf" }),
                        ["validity"] = new JsonObject
                        {
                            ["effectiveDate"] = "2020-01-01",
                            ["history"] = rnd.Next(3) == 0
                                ? new JsonArray(new JsonObject { ["kind"] = "abolished", ["date"] = "2021-01-01", ["by"] = new JsonObject { ["id"] = $"p{rnd.Next(policies)}", ["documentNumber"] = $"示府发〔2026〕{rnd.Next(policies) + 1}号" } })
                                : new JsonArray(),
                        },
                    }
                });
            }
            for (var i = 0; i < interpretations; i++)
            {
                var links = new JsonArray(Enumerable.Range(0, rnd.Next(1, 3)).Select(_ => (JsonNode)$"p{rnd.Next(policies)}").ToArray());
                items.Add(new()
                {
                    Id = $"i{i}",
                    ContentType = ContentTypes.PolicyInterpretation,
                    Name = $"解读{i}",
                    Route = new ContentRoute($"/xxgk/zcjd/i{i}/"),
                    ParentId = "root",
                    Properties = new JsonObject { ["publishedDate"] = Day(), ["disclosure"] = Attr(), ["interpretationOf"] = links }
                });
            }
            for (var i = 0; i < meetings; i++)
            {
                var agenda = new JsonArray(Enumerable.Range(0, rnd.Next(1, 4)).Select(_ => (JsonNode)new JsonObject
                {
                    ["topic"] = "议题",
                    ["isPublic"] = rnd.Next(3) > 0,
                    ["documents"] = new JsonArray($"p{rnd.Next(policies)}"),
                    ["interpretations"] = interpretations > 0 ? new JsonArray($"i{rnd.Next(interpretations)}") : new JsonArray(),
                }).ToArray());
                items.Add(new()
                {
                    Id = $"m{i}",
                    ContentType = ContentTypes.Meeting,
                    Name = $"会议{i}",
                    Route = new ContentRoute($"/xxgk/hygk/m{i}/"),
                    ParentId = "root",
                    Properties = new JsonObject { ["publishedDate"] = Day(), ["disclosure"] = Attr(), ["agenda"] = agenda }
                });
            }
            items.Add(new()
            {
                Id = "fee",
                ContentType = ContentTypes.FeeItem,
                Name = "收费",
                Route = new ContentRoute("/xxgk/jgsf/fee/"),
                ParentId = "root",
                Properties = new JsonObject
                {
                    ["publishedDate"] = Day(), ["disclosure"] = Attr(),
                    ["standards"] = new JsonArray(new JsonObject { ["from"] = "2020-01-01", ["amount"] = 1, ["basis"] = new JsonArray($"示府发[2026]{rnd.Next(policies) + 1}号", "国发〔2020〕1号") }),
                },
            });
            return items;
        });

    private static string Fingerprint(PublicContent p) => string.Join("|",
        string.Join(",", p.Items.Select(i => i.Id)),
        string.Join(",", p.Interpretations.Values.OrderBy(i => i.Id).Select(i => i.Id + ":" + string.Join("+", i.PolicyIds))),
        string.Join(",", p.Meetings.Values.OrderBy(m => m.Id).Select(m => m.Id + ":" + string.Join("+", m.Items.Select(a => string.Join("/", a.DocumentIdList.Concat(a.InterpretationIdList)))))),
        string.Join(",", p.InterpretationsByPolicy.OrderBy(g => g.Key).Select(g => g.Key + ":" + g.Count())),
        string.Join(",", p.PolicyByNumber.Keys.Order()),
        string.Join(",", p.MediaReferences.Order()),
        string.Join(",", p.Items.Select(i => i.Properties.ToJsonString())));

    [Fact]
    public void A_later_day_from_the_same_loaded_content_equals_a_fresh_start_on_that_day()
    {
        Gen.Select(Content, Gen.Int[0, 6], Gen.Int[0, 6]).Sample((items, a, b) =>
        {
            var manifest = new PackageManifest();
            var loaded = ContentSet.From(manifest, items);
            _ = PublicSurface.Of(loaded, Day0.AddDays(a)); // an earlier day's snapshot from the same loaded content
            var rolledOver = PublicSurface.Of(loaded, Day0.AddDays(a + b));
            var fresh = PublicSurface.Of(ContentSet.From(manifest, items), Day0.AddDays(a + b));
            Assert.Equal(Fingerprint(fresh), Fingerprint(rolledOver));
        }, iter: 300);
    }

    [Fact]
    public void Nothing_withheld_scheduled_drafted_or_orphaned_appears_and_no_link_leads_to_it()
    {
        Gen.Select(Content, Gen.Int[0, 10]).Sample((items, d) =>
        {
            var set = ContentSet.From(new PackageManifest(), items);
            var today = Day0.AddDays(d);
            var p = PublicSurface.Of(set, today);
            foreach (var item in p.Items)
            {
                Assert.True(PublicSurface.MayAppear(set.Publication[item.Id], today));
                Assert.True(item.ParentId is null || p.ById.ContainsKey(item.ParentId), $"{item.Id}'s parent is not public");
                Assert.False(ContentMapper.IsDraft(item));
            }
            Assert.All(p.Interpretations.Values.SelectMany(i => i.PolicyIds), id => Assert.True(p.Policies.ContainsKey(id)));
            Assert.All(p.Meetings.Values.SelectMany(m => m.Items), a =>
            {
                Assert.True(a.IsPublic);
                Assert.All(a.DocumentIdList, id => Assert.True(p.Policies.ContainsKey(id)));
                Assert.All(a.InterpretationIdList, id => Assert.True(p.Interpretations.ContainsKey(id)));
            });
        }, iter: 300);
    }

    [Fact]
    public void No_public_item_names_a_withheld_document_or_its_attachment_and_the_public_items_alone_give_the_same_surface()
    {
        Gen.Select(Content, Gen.Int[0, 10]).Sample((items, d) =>
        {
            var set = ContentSet.From(new PackageManifest(), items);
            var today = Day0.AddDays(d);
            var p = PublicSurface.Of(set, today);
            var hidden = set.Policies.Keys.Where(id => !p.Policies.ContainsKey(id)).ToList();
            foreach (var item in p.Items)
            {
                var json = System.Text.RegularExpressions.Regex.Unescape(item.Properties.ToJsonString());
                foreach (var h in hidden)
                {
                    var number = set.Policies[h].DocumentNumber!;
                    Assert.DoesNotContain($"/xxgk/zcwj/{h}/", json);
                    Assert.DoesNotContain($"\"{h}\"", json);
                    Assert.False(json.Contains(number) || json.Contains(number.Replace('〔', '[').Replace('〕', ']')), $"{item.Id} names {number}");
                    Assert.DoesNotContain($"media/{h}.pdf", p.MediaReferences);
                }
            }
            Assert.All(p.Policies.Keys, id => Assert.Contains($"media/{id}.pdf", p.MediaReferences));
            Assert.All(p.Fees.Values.SelectMany(f => f.Standards), s => Assert.Contains("国发〔2020〕1号", s.Basis));
            // What a cache keeps (the public items) gives the same surface again: nothing depends on withheld items.
            var again = PublicSurface.Of(ContentSet.From(new PackageManifest(), p.Items.ToList()), today);
            Assert.Equal(Fingerprint(p), Fingerprint(again));
        }, iter: 300);
    }

    [Theory]
    [InlineData("media/2024/fj1.pdf", "media/2024/fj1.pdf")]
    [InlineData("/media/abc/文件.pdf?v=1", "media/abc/文件.pdf")]
    [InlineData("/media/a%2Fb.pdf", "media/a/b.pdf")]
    [InlineData("/media/%2e%2e/secret.pdf", null)]
    [InlineData("media/../secret.pdf", null)]
    [InlineData("media/", null)]
    [InlineData("https://cms.example/media/x.pdf", null)]
    [InlineData("//evil.example/media/x.pdf", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("/%6Dedia/2024/fj1.pdf", "media/2024/fj1.pdf")] // escaped: decoded before it is judged
    [InlineData("%2Fmedia%2F2024%2Ffj1.pdf", "media/2024/fj1.pdf")]
    [InlineData("<p>增长5%，详见media/说明</p>", null)] // a body with a percent sign is no reference
    [InlineData("  /MEDIA/2024/FJ1.pdf#page=2 ", "media/2024/FJ1.pdf")] // white space, a slash, case, a fragment
    [InlineData("<a href=\"#top\">media/2024/fj1.pdf</a>", null)] // a body that merely names one
    [InlineData("/medi%61/2024/fj1.pdf?x=%", "media/2024/fj1.pdf")] // escaped after the start, a percent in the query
    public void A_media_reference_has_one_key_or_none(string reference, string? key) => Assert.Equal(key, MediaReferences.KeyOf(reference));

    [Theory]
    [InlineData("media/x.pdf", "/media/x.pdf")]
    [InlineData("https://www.gov.cn/x.pdf", "https://www.gov.cn/x.pdf")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,<script>", null)]
    [InlineData("vbscript:x", null)]
    public void Only_local_media_and_http_addresses_become_links(string reference, string? href) => Assert.Equal(href, MediaReferences.Href(reference));

    [Fact]
    public void A_draft_flag_of_any_truthy_form_keeps_an_item_off_the_public_surface()
    {
        foreach (JsonNode flag in new JsonNode[] { true, 1, "true", "1" })
        {
            var item = new ContentItem { Id = "p", ContentType = ContentTypes.PolicyDocument, Name = "x", Properties = new JsonObject { ["draft"] = flag, ["publishedDate"] = "2020-01-01" } };
            Assert.Empty(PublicSurface.Of(ContentSet.From(new PackageManifest(), [item]), Day0).Items);
        }
    }
}
