using System.Net;
using System.Text.RegularExpressions;
using GovOpen.Core.Consultations;
using GovOpen.Requests;
using GovOpen.Site.Services;
using Microsoft.Extensions.DependencyInjection;

namespace GovOpen.Site.Tests;

/// <summary>意见征集 on the site: the column, a consultation in each state, the comment form, moderation and what the public sees.</summary>
public sealed class ConsultationPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private const string OpenPath = "/xxgk/yjzj/yjzj-2026-03/";

    private static string Hidden(string html, string name) => Regex.Match(html, $"name=\"{name}\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{name}\"") is { Success: true } m
        ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : "";

    private async Task<(HttpStatusCode Status, string Html)> Comment(string text, bool consent, string? contact = "13800000000", string? name = "王某", string? token = null, string consultation = "yjzj-2026-03")
    {
        var page = await _client.GetStringAsync(OpenPath);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
            ["ConsultationId"] = consultation,
            ["ClientToken"] = token ?? Hidden(page, "ClientToken"),
            ["Started"] = Hidden(page, "Started"),
            ["Clause"] = "第五条",
            ["Text"] = text,
            ["Name"] = name ?? "",
            ["Contact"] = contact ?? "",
        };
        if (consent)
        {
            form["PublishConsent"] = "true";
        }
        var res = await _client.PostAsync("/xxgk/yjzj/comment", new FormUrlEncodedContent(form));
        return (res.StatusCode, await res.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_column_lists_consultations_by_state_and_each_page_shows_its_period_and_feedback()
    {
        var list = await _client.GetStringAsync("/xxgk/yjzj/");
        Assert.Matches("<h2 id=\"g-Open\">正在征集</h2>[\\s\\S]*yjzj-2026-03[\\s\\S]*还剩26天", list); // 23 Nov to 18 Dec, both days counted
        Assert.Matches("<h2 id=\"g-AwaitingFeedback\">[^<]+</h2>[\\s\\S]*yjzj-2026-02", list);
        Assert.Matches("<h2 id=\"g-Completed\">[^<]+</h2>[\\s\\S]*yjzj-2026-01", list);

        var open = await _client.GetStringAsync(OpenPath);
        Assert.Contains("一般不少于30日（《规章制定程序条例》第十六条）", open);
        Assert.Contains("<h2 id=\"draft-title\">征求意见稿</h2>", open);
        Assert.Contains("<h2 id=\"explanation-title\">起草说明</h2>", open);
        Assert.Contains("action=\"/xxgk/yjzj/comment\"", open);

        var closed = await _client.GetStringAsync("/xxgk/yjzj/yjzj-2026-02/");
        Assert.DoesNotContain("action=\"/xxgk/yjzj/comment\"", closed); // no form after the closing day
        var done = await _client.GetStringAsync("/xxgk/yjzj/yjzj-2026-01/");
        Assert.Contains("<h2 id=\"feedback-title\">意见采纳情况</h2>", done);
        Assert.Contains("正式文件：<a href=\"/xxgk/zcwj/zcwj-2024-001/\">", done);
        // …and the final document links back to its consultation.
        Assert.Matches("<h2 id=\"consulted-h\">公开征求意见</h2>\\s*<ul>\\s*<li><a href=\"/xxgk/yjzj/yjzj-2026-01/\">", await _client.GetStringAsync("/xxgk/zcwj/zcwj-2024-001/"));
        Assert.DoesNotContain("consulted-h", await _client.GetStringAsync("/xxgk/zcwj/zcwj-2019-002/"));
        var feed = await _client.GetStringAsync("/feeds/yjzj.xml");
        Assert.Contains("<title>意见征集 — ", feed);
        Assert.Contains("/xxgk/yjzj/yjzj-2026-03/", feed);
    }

    [Fact]
    public async Task A_comment_gets_a_number_is_public_only_after_moderation_with_consent_and_never_shows_its_contact()
    {
        var (status, receipt) = await Comment("建议把夜间免费时段延长到23时。", consent: true, contact: "13900001111");
        Assert.Equal(HttpStatusCode.OK, status);
        var number = Regex.Match(receipt, "data-number>([^<]+)<").Groups[1].Value;
        Assert.Matches("^YJ-2026-\\d{6}$", number);
        Assert.DoesNotContain("建议把夜间免费时段延长到23时", await _client.GetStringAsync(OpenPath)); // unmoderated

        using (var scope = factory.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<CommentStore>();
            Assert.Empty(await store.ModerateAsync("yjzj-2026-03", number, CommentStatus.Published, null, "审核员"));
        }
        var page = await _client.GetStringAsync(OpenPath);
        Assert.Contains("建议把夜间免费时段延长到23时", page);
        Assert.Contains("<span class=\"who\">王某</span> <span class=\"clause\">针对第五条</span>", page);
        Assert.DoesNotContain("13900001111", page);
    }

    [Fact]
    public async Task Scripts_are_refused_a_trap_field_a_form_sent_at_once_a_forged_form_and_a_list_of_links()
    {
        await using var f = new SiteFactory();
        f.Settings["GovOpen:Site:Requests:CommentMinFillSeconds"] = "5";
        var client = f.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetStringAsync(OpenPath);
        Assert.Contains("class=\"trap\" aria-hidden=\"true\"", page);
        async Task<(HttpStatusCode, string)> Post(Action<Dictionary<string, string>> change)
        {
            var form = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
                ["ConsultationId"] = "yjzj-2026-03",
                ["ClientToken"] = Guid.NewGuid().ToString("N"),
                ["Started"] = Hidden(page, "Started"),
                ["Text"] = "建议在老旧小区增设充电设施。",
                ["PublishConsent"] = "true",
            };
            change(form);
            var res = await client.PostAsync("/xxgk/yjzj/comment", new FormUrlEncodedContent(form));
            return (res.StatusCode, await res.Content.ReadAsStringAsync());
        }
        // Sent the moment the form arrived: a person has not read the draft yet.
        var (fast, fastHtml) = await Post(_ => { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fast);
        Assert.Contains("提交过快", fastHtml);
        f.Clock.Offset += TimeSpan.FromSeconds(6);
        var (trap, trapHtml) = await Post(d => d[CommentFormGuard.TrapField] = "https://spam.example");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, trap);
        Assert.Contains("提交未通过校验", trapHtml);
        var (forged, forgedHtml) = await Post(d => d["Started"] = "0");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged);
        Assert.Contains("表单已失效", forgedHtml);
        var (links, linksHtml) = await Post(d => d["Text"] = "推荐 http://a.example http://b.example www.c.example 三个网站");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, links);
        Assert.Contains("网址不超过2个", linksHtml);
        using (var scope = f.Services.CreateScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CommentStore>().CountAsync("yjzj-2026-03")); // none of them was stored
        }
        // The same form from a person, after reading: accepted.
        var (ok, okHtml) = await Post(_ => { });
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Matches("data-number>YJ-2026-\\d{6}<", okHtml);
    }

    [Fact]
    public async Task Hostile_input_is_shown_as_text_and_a_comment_on_a_closed_consultation_is_refused()
    {
        var (status, html) = await Comment("<script>alert(1)</script>很好的办法", consent: true, name: "<b>某</b>");
        Assert.Equal(HttpStatusCode.OK, status);
        var number = Regex.Match(html, "data-number>([^<]+)<").Groups[1].Value;
        using (var scope = factory.Services.CreateScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<CommentStore>().ModerateAsync("yjzj-2026-03", number, CommentStatus.Published, null, "审核员"));
        }
        var page = await _client.GetStringAsync(OpenPath);
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;很好的办法", page);

        var (closedStatus, closedHtml) = await Comment("截止以后提交的意见。", consent: true, consultation: "yjzj-2026-02");
        Assert.Equal((HttpStatusCode)422, closedStatus);
        Assert.Contains("data-field=\"consultation\"", closedHtml);
        Assert.Contains("不再接收意见", closedHtml);

        var (shortStatus, shortHtml) = await Comment("好", consent: false);
        Assert.Equal((HttpStatusCode)422, shortStatus);
        Assert.Contains("data-field=\"text\"", shortHtml);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var res = await _client.PostAsync("/xxgk/yjzj/comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ConsultationId"] = "yjzj-2026-03", ["ClientToken"] = Guid.NewGuid().ToString("N"), ["Text"] = "没有令牌的意见。",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, res.StatusCode);
    }
}
