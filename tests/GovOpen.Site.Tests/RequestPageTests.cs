using System.Net;
using System.Text.RegularExpressions;

namespace GovOpen.Site.Tests;

/// <summary>The 依申请公开 intake: the online application form and the status lookup.</summary>
public sealed class RequestPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    internal static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    private static async Task<(string Token, string ClientToken)> OpenForm(HttpClient client)
    {
        var html = await client.GetStringAsync("/xxgk/ysqgk/apply");
        return (Hidden(html, "__RequestVerificationToken"), Hidden(html, "ClientToken"));
    }

    private static MultipartFormDataContent Form(string token, string clientToken, string name = "张示例", string description = "示例市2025年度城市道路维修养护资金安排情况",
        params (string FileName, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(clientToken), "ClientToken" },
            { new StringContent("naturalPerson"), "ApplicantType" },
            { new StringContent(name), "Name" },
            { new StringContent("residentIdCard"), "IdType" },
            { new StringContent("11010519491231002X"), "IdNumber" }, // the example number of GB 11643
            { new StringContent("13800000000"), "Contact" },
            { new StringContent(description), "Description" },
            { new StringContent("electronic"), "PreferredForm" },
            { new StringContent("online"), "Delivery" },
        };
        foreach (var (fileName, content) in files)
        {
            form.Add(new ByteArrayContent(content), "Attachments", fileName);
        }
        return form;
    }

    private async Task<(HttpStatusCode Status, string Html)> Post(string url, HttpContent content)
    {
        var res = await _client.PostAsync(url, content);
        return (res.StatusCode, await res.Content.ReadAsStringAsync());
    }

    private async Task<(string Number, string Code)> Submit(string name, string description)
    {
        var (token, clientToken) = await OpenForm(_client);
        var (status, html) = await Post("/xxgk/ysqgk/apply", Form(token, clientToken, name, description));
        Assert.True(status == HttpStatusCode.OK, html);
        // The receipt gives the 答复期限 date: received Monday 2026-11-23, 20 working days end on 2026-12-21 (art. 33).
        Assert.Equal("2026年12月21日", Regex.Match(html, "data-due>([^<]+)<").Groups[1].Value);
        return (Regex.Match(html, "data-number>([^<]+)<").Groups[1].Value, Regex.Match(html, "data-code>([^<]+)<").Groups[1].Value);
    }

    private async Task<string> Lookup(string number, string code)
    {
        var html = await _client.GetStringAsync("/xxgk/ysqgk/status");
        var (status, body) = await Post("/xxgk/ysqgk/status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(html, "__RequestVerificationToken"),
            ["Number"] = number,
            ["Code"] = code,
        }));
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    [Fact]
    public async Task The_form_carries_an_antiforgery_token_and_a_fresh_submission_token()
    {
        var (token1, client1) = await OpenForm(_client);
        var (_, client2) = await OpenForm(_client);
        Assert.NotEmpty(token1);
        var form = await _client.GetStringAsync("/xxgk/ysqgk/apply");
        Assert.Contains("<summary>申请须知</summary>", form);
        Assert.Contains("证件类型", form);
        // 获取信息的方式/途径 come from Core's vocabularies, in their order, and each is one the register accepts.
        foreach (var (select, vocabulary, accepted) in new[]
        {
            ("PreferredForm", GovOpen.Core.Requests.RequestChoices.Forms.All.Select(t => (t.Alias, t.Name)).ToList(), GovOpen.Requests.RequestStore.Forms),
            ("Delivery", GovOpen.Core.Requests.RequestChoices.Deliveries.All.Select(t => (t.Alias, t.Name)).ToList(), GovOpen.Requests.RequestStore.Deliveries),
        })
        {
            var block = form[form.IndexOf($"<select id=\"{select}\"", StringComparison.Ordinal)..];
            block = block[..block.IndexOf("</select>", StringComparison.Ordinal)];
            var options = System.Text.RegularExpressions.Regex.Matches(block, "<option value=\"([^\"]+)\"[^>]*>([^<]+)</option>").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
            Assert.Equal(vocabulary, options);
            Assert.All(options, o => Assert.Contains(o.Item1, accepted));
        }
        Assert.Contains(">当面领取</option>", form);
        Assert.Matches("^[0-9a-f]{32}$", client1);
        Assert.NotEqual(client1, client2);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var (_, clientToken) = await OpenForm(_client);
        var (status, _) = await Post("/xxgk/ysqgk/apply", Form("", clientToken));
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task A_valid_application_gets_a_number_and_a_query_code_shown_once_and_the_status_page_finds_it()
    {
        var (number, code) = await Submit("王示例", "示例市2024年度公共停车场收费标准的成本监审报告");
        Assert.Matches(@"^YSQ-2026-\d{6}$", number);
        Assert.Matches("^[0-9A-F]{10}$", code);

        var html = await Lookup(number, code.ToLowerInvariant());
        Assert.Contains(number, html);
        Assert.Contains("已登记", html);
        // Received Monday 2026-11-23: 20 working days end on 2026-12-21.
        Assert.Contains("2026年12月21日", html);
        Assert.Contains("还有20个工作日", html);
        Assert.DoesNotContain("王示例", html);
        Assert.DoesNotContain("成本监审报告", html);
    }

    [Fact]
    public async Task A_wrong_query_code_or_number_finds_nothing()
    {
        var (number, code) = await Submit("赵示例", "示例市某路段交通信号灯设置依据");
        var wrong = code[..^1] + (code[^1] == '0' ? '1' : '0');
        Assert.Contains("未找到该申请", await Lookup(number, wrong));
        Assert.Contains("未找到该申请", await Lookup("YSQ-2026-999999", code));
        Assert.Contains("未找到该申请", await Lookup(number + "' OR 1=1 --", code));
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_registers_one_request()
    {
        var (token, clientToken) = await OpenForm(_client);
        var (_, first) = await Post("/xxgk/ysqgk/apply", Form(token, clientToken, description: "示例市某小区规划许可文件"));
        var (status, second) = await Post("/xxgk/ysqgk/apply", Form(token, clientToken, description: "示例市某小区规划许可文件"));
        Assert.Equal(HttpStatusCode.OK, status);
        var number = Regex.Match(first, "data-number>([^<]+)<").Groups[1].Value;
        Assert.Equal(number, Regex.Match(second, "data-number>([^<]+)<").Groups[1].Value);
        Assert.Contains("此申请已提交过", second);
        // A retry after a lost response shows the same query code, and the reply date.
        Assert.Equal(Regex.Match(first, "data-code>([^<]+)<").Groups[1].Value, Regex.Match(second, "data-code>([^<]+)<").Groups[1].Value);
        Assert.Contains("答复期限", second);
    }

    [Theory]
    [InlineData("ApplicantType", "999", "申请人类型")]
    [InlineData("ApplicantType", "Commerical", "申请人类型")]
    [InlineData("ApplicantType", "", "申请人类型")]
    [InlineData("IdNumber", "not-an-id-号码", "证件号码")]
    [InlineData("Contact", "x", "联系方式")]
    public async Task A_bad_applicant_field_is_named_and_nothing_is_registered(string field, string value, string label)
    {
        var (token, clientToken) = await OpenForm(_client);
        var form = Form(token, clientToken);
        var replaced = new MultipartFormDataContent();
        foreach (var part in form)
        {
            var name = part.Headers.ContentDisposition!.Name!.Trim('"');
            replaced.Add(name == field ? new StringContent(value) : part, name);
        }
        var (status, html) = await Post("/xxgk/ysqgk/apply", replaced);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(label + "：", html);
        Assert.DoesNotContain("data-number", html);
    }

    [Fact]
    public async Task Missing_fields_and_bad_attachments_are_named_and_the_input_is_kept()
    {
        var (token, clientToken) = await OpenForm(_client);
        var (status, html) = await Post("/xxgk/ysqgk/apply", Form(token, clientToken, name: "", description: "保留的描述文字"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("姓名不能为空", html);
        Assert.Contains("保留的描述文字", html);

        (status, html) = await Post("/xxgk/ysqgk/apply", Form(token, clientToken, files: ("run.exe", [0x4d, 0x5a, 1, 2])));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("附件“run.exe”的类型不允许", html);

        (status, html) = await Post("/xxgk/ysqgk/apply", Form(token, clientToken, files: ("big.pdf", new byte[(5 * 1024 * 1024) + 1])));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("附件“big.pdf”超过5 MB", html);

        (status, html) = await Post("/xxgk/ysqgk/apply", Form(token, clientToken, files: ("../../etc/passwd.txt", "x"u8.ToArray())));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("申请已提交", html);
    }

    [Fact]
    public async Task Html_in_the_form_is_shown_as_text_never_as_markup()
    {
        var (token, clientToken) = await OpenForm(_client);
        var (_, html) = await Post("/xxgk/ysqgk/apply", Form(token, clientToken, name: "", description: "<script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Applicant_data_never_reaches_a_public_page_or_search()
    {
        const string name = "钱独特申请人";
        const string description = "示例市独特标记甲乙丙丁的会议纪要";
        await Submit(name, description);
        foreach (var url in new[] { "/xxgk/", "/xxgk/ysqgk/", "/sitemap.xml", "/feeds/zcwj.xml", "/search?q=" + Uri.EscapeDataString("独特标记"), "/search?q=" + Uri.EscapeDataString("钱独特") })
        {
            var body = await _client.GetStringAsync(url);
            var results = Regex.Match(body, "<div class=\"list-layout\">.*", RegexOptions.Singleline).Value;
            var page = url.StartsWith("/search", StringComparison.Ordinal) ? results.Replace("独特标记", "").Replace("钱独特", "") : body;
            Assert.DoesNotContain(name, page);
            Assert.DoesNotContain(description, page);
            Assert.DoesNotContain("甲乙丙丁", page);
        }
    }

    [Fact]
    public async Task The_form_and_status_pages_are_not_cached()
    {
        var res = await _client.GetAsync("/xxgk/ysqgk/apply");
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
        Assert.Contains("no-store", res.Headers.CacheControl?.ToString() ?? "");
    }
}

public sealed class RequestLimitTests : IDisposable
{
    private readonly SiteFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Submissions_beyond_the_limit_get_429()
    {
        _factory.Settings["GovOpen:Site:Requests:LookupsPer10Minutes"] = "2";
        var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/xxgk/ysqgk/status");
        var token = RequestPageTests.Hidden(html, "__RequestVerificationToken");
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var res = await client.PostAsync("/xxgk/ysqgk/status", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Number"] = "YSQ-2026-000001",
                ["Code"] = "0000000000",
            }));
            codes.Add(res.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
        // A client without the antiforgery cookie (a script) is limited the same way and gets the Chinese page.
        using var bare = _factory.CreateClient(new() { HandleCookies = false });
        var res429 = await bare.PostAsync("/xxgk/ysqgk/status", new FormUrlEncodedContent(new Dictionary<string, string> { ["Number"] = "x", ["Code"] = "y" }));
        Assert.Equal(HttpStatusCode.TooManyRequests, res429.StatusCode);
        Assert.Contains("提交过于频繁", await res429.Content.ReadAsStringAsync());
        Assert.True(res429.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 600 }, "a 429 says when to come back");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/xxgk/ysqgk/apply")).StatusCode);
        // Wrong lookups never block an application: the two forms are counted apart.
        var applyHtml = await client.GetStringAsync("/xxgk/ysqgk/apply");
        var apply = await client.PostAsync("/xxgk/ysqgk/apply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = RequestPageTests.Hidden(applyHtml, "__RequestVerificationToken"),
            ["ClientToken"] = RequestPageTests.Hidden(applyHtml, "ClientToken"),
        }));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, apply.StatusCode);
    }

    [Fact]
    public async Task The_form_can_be_switched_off()
    {
        _factory.Settings["GovOpen:Site:Requests:Enabled"] = "false";
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/xxgk/ysqgk/apply")).StatusCode);
    }
}
