using System.Text.Json.Nodes;
using GovOpen.Core.Checks;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;

namespace GovOpen.Core.Tests;

public sealed class ExpressionRulesTests
{
    [Fact]
    public void The_default_list_loads_and_every_rule_names_its_source()
    {
        var rules = ExpressionRules.Default.Rules;
        Assert.True(rules.Count >= 30);
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.All(rules.Where(r => r.Kind == ExpressionRuleKind.Replace), r => Assert.False(string.IsNullOrWhiteSpace(r.Right)));
    }

    [Fact]
    public void An_outdated_agency_name_is_reported_with_its_position_only_after_the_renaming()
    {
        const string text = "根据环境保护部的要求，各地环境保护部门应当……";
        var after = ExpressionRules.Default.Check("body", "正文", text, new DateOnly(2024, 5, 1));
        var issue = Assert.Single(after);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal(2, issue.Position);
        Assert.Contains("生态环境部", issue.Message);
        Assert.Contains("国务院机构改革方案", issue.Message);
        // 环境保护部门 is another word; a 2015 document rightly names the ministry of its day.
        Assert.Empty(ExpressionRules.Default.Check("body", "正文", text, new DateOnly(2015, 5, 1)));
    }

    [Fact]
    public void Of_two_rules_for_one_name_the_latest_in_force_applies_and_the_longest_match_wins()
    {
        var in2020 = ExpressionRules.Default.Find("中国银行业监督管理委员会", new DateOnly(2020, 1, 1));
        Assert.Equal("中国银行保险监督管理委员会", Assert.Single(in2020).Rule.Right);
        var in2024 = ExpressionRules.Default.Find("中国银行业监督管理委员会和中国银行保险监督管理委员会", new DateOnly(2024, 1, 1));
        Assert.Equal(2, in2024.Count);
        Assert.All(in2024, f => Assert.Equal("国家金融监督管理总局", f.Rule.Right));
        Assert.Equal("中国银行业监督管理委员会和".Length, in2024[1].Position);
    }

    [Fact]
    public void Wording_errors_are_found_regardless_of_date()
    {
        var found = ExpressionRules.Default.Find("截止目前，已部暑到位。", null);
        Assert.Equal(["截至目前", "部署"], found.Select(f => f.Rule.Right));
    }

    [Fact]
    public void An_agency_list_with_a_bad_line_names_the_line_and_column_and_keeps_the_rest()
    {
        const string text = "# 本机关的规则\nreplace\t示例市工商局\t示例市市场监督管理局\t2019-01-01\t-\t示府发〔2019〕1号\nreplace\t错误\t\t-\t-\t来源\nsometimes\ta\tb\t-\t-\tc\nforbid\t某禁用词\t-\t2019-13-01\t-\t来源\n";
        var problems = new List<Issue>();
        var rules = ExpressionRules.Parse(text, problems, "agency.tsv");
        Assert.Single(rules.Rules);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("agency.tsv第3行right"));
        Assert.Contains(problems, p => p.Message.Contains("第4行kind"));
        Assert.Contains(problems, p => p.Message.Contains("第5行since"));
    }
}

public sealed class BodyLinksTests
{
    [Fact]
    public void Reads_umbraco_local_links_routes_own_host_links_media_and_external_links()
    {
        const string html = """
            <p><a type="document" href="/{localLink:7e21a725-b905-4c5f-86dc-8c41ec116e39}" title="x">上位文件</a>
            <a href="{localLink:umb://document/eed5fc6b96fd45a5a0f1b1adfb483c2f}">旧格式</a>
            <a type="media" href="/{localLink:9b2c1d3e-0000-4000-8000-000000000001}">附件</a>
            <a href="/xxgk/zcwj/zcwj-2024-001/?from=x#p2">站内</a>
            <a href="https://www.shili.example.gov.cn/xxgk/zcwj/zcwj-2015-008/">本站绝对地址</a>
            <a href="https://www.gov.cn/zhengce/">中国政府网</a>
            <a href="/media/abc/file.pdf">文件</a>
            <a href="mailto:a@b.cn">邮件</a><a href="#top">顶部</a></p>
            """;
        var links = BodyLinks.Find(html, ["www.shili.example.gov.cn"]);
        Assert.Equal(
            [LinkKind.DocumentKey, LinkKind.DocumentKey, LinkKind.Media, LinkKind.Route, LinkKind.Route, LinkKind.External, LinkKind.Media],
            links.Select(l => l.Kind));
        Assert.Equal("7e21a725b9054c5f86dc8c41ec116e39", links[0].Target);
        Assert.Equal("eed5fc6b96fd45a5a0f1b1adfb483c2f", links[1].Target);
        Assert.Equal(ContentRoute.Normalize("/xxgk/zcwj/zcwj-2024-001/"), links[3].Target);
        Assert.Equal(ContentRoute.Normalize("/xxgk/zcwj/zcwj-2015-008/"), links[4].Target);
        Assert.Equal("上位文件", links[0].Text);
    }

    [Fact]
    public void Links_to_content_that_is_not_public_or_missing_are_errors_and_public_ones_pass()
    {
        const string html = """<a href="/a/">甲</a><a href="/b/">乙</a><a href="/c/">丙</a><a href="https://other.example/">外</a>""";
        var states = new Dictionary<string, LinkTargetState> { [ContentRoute.Normalize("/a/")] = LinkTargetState.Public, [ContentRoute.Normalize("/b/")] = LinkTargetState.NotPublic };
        var issues = BodyLinks.Check("body", "正文", BodyLinks.Find(html), l => states.GetValueOrDefault(l.Target, LinkTargetState.Missing));
        Assert.Equal(["link-not-public", "link-missing"], issues.Select(i => i.Code));
        Assert.Contains("“乙”", issues[0].Message);
        Assert.Equal(Severity.Error, issues[0].Severity);
        // A path that is no content may be a page of the site (search, forms): a warning. A deleted document is an error.
        Assert.Equal(Severity.Warning, issues[1].Severity);
        var deleted = BodyLinks.Check("body", "正文", BodyLinks.Find("""<a type="document" href="/{localLink:7e21a725-b905-4c5f-86dc-8c41ec116e39}">甲</a>"""), _ => LinkTargetState.Missing);
        Assert.Equal(Severity.Error, Assert.Single(deleted).Severity);
    }
}

public sealed class PublicationCheckTests
{
    private static ContentItem Policy(string body = "<p>为做好政务公开工作，现将有关事项通知如下。</p>", Action<JsonObject>? edit = null)
    {
        var item = ContentMapper.FromPolicy(PolicyDocumentTests.Valid() with { Body = body }, new ContentRoute("/xxgk/zcwj/p1/"), DateTimeOffset.UnixEpoch);
        edit?.Invoke(item.Properties);
        return item;
    }

    [Fact]
    public void A_clean_policy_has_no_errors()
    {
        var issues = PublicationCheck.Run(Policy());
        Assert.False(PublicationCheck.Blocks(issues), string.Join("\n", issues));
    }

    [Fact]
    public void An_id_number_in_the_body_blocks_until_a_reason_is_recorded_and_the_finding_names_field_and_position()
    {
        var body = "<p>经审查，申请人身份证号11010519491231002X的申请符合条件。</p>";
        var blocked = PublicationCheck.Run(Policy(body));
        var error = Assert.Single(blocked, i => i.Severity == Severity.Error);
        Assert.Equal("body", error.Field);
        Assert.Equal("IdNumber", error.Code);
        Assert.Equal(body.IndexOf("1101", StringComparison.Ordinal) - "<p>".Length, error.Position);
        Assert.DoesNotContain("11010519491231002X", error.Message);

        var allowed = PublicationCheck.Run(Policy(body, p => p[PropertyAliases.PersonalInformationReason] = "经本人书面同意公开（示例）"));
        Assert.False(PublicationCheck.Blocks(allowed));
        Assert.Contains(allowed, i => i.Code == "IdNumber" && i.Severity == Severity.Warning);
    }

    [Fact]
    public void Personal_information_in_a_title_or_an_attachment_text_is_found_too()
    {
        var item = Policy(edit: p => p[PropertyAliases.Attachments] = new JsonArray(new JsonObject { ["name"] = "名单", ["url"] = "/media/a/list.txt" }));
        item = item with { Name = "关于13800138000号码问题的答复" };
        var issues = PublicationCheck.Run(item, new PublicationCheckContext { AttachmentText = a => a.Name == "名单" ? "张三 6222020200112233446" : null });
        Assert.Contains(issues, i => i.Field == "name" && i.Code == "Mobile" && i.Severity == Severity.Error);
        Assert.Contains(issues, i => i.Field == PropertyAliases.Attachments && i.Code == "BankCard" && i.Message.Contains("附件《名单》"));
    }

    [Fact]
    public void A_link_to_a_withheld_document_blocks_publishing()
    {
        var body = """<p>依据<a type="document" href="/{localLink:7e21a725-b905-4c5f-86dc-8c41ec116e39}">内部规定</a>执行。</p>""";
        var ctx = new PublicationCheckContext { LinkTarget = l => l.Target == "7e21a725b9054c5f86dc8c41ec116e39" ? LinkTargetState.NotPublic : LinkTargetState.Public };
        var issue = Assert.Single(PublicationCheck.Run(Policy(body), ctx), i => i.Severity == Severity.Error);
        Assert.Equal("link-not-public", issue.Code);
        // Without a resolver (a single file on the command line) links are not judged.
        Assert.False(PublicationCheck.Blocks(PublicationCheck.Run(Policy(body))));
    }

    [Fact]
    public void A_document_number_already_used_by_another_document_blocks_with_a_link_to_it()
    {
        var ctx = new PublicationCheckContext
        {
            SameDocumentNumber = (number, self) => DocumentNumber.TryParse("示府办发〔2026〕12号", out var n) && number.CanonicalKey == n!.CanonicalKey && self == "p1" ? [new DocumentLocator("p0", "示例市先发的通知", "/xxgk/zcwj/p0/")] : [],
        };
        // Written another way (brackets, spacing), it is the same 文号.
        var item = Policy(edit: p => p[PropertyAliases.DocumentNumber] = "示府办发[2026] 12号");
        var issue = Assert.Single(PublicationCheck.Run(item, ctx), i => i.Code == "duplicate");
        Assert.Equal(PropertyAliases.DocumentNumber, issue.Field);
        Assert.Contains("《示例市先发的通知》", issue.Message);
        Assert.Contains("/xxgk/zcwj/p0/", issue.Message);
    }

    [Fact]
    public void Non_public_disclosure_and_missing_metadata_block_and_an_interpretation_needs_its_policy()
    {
        var withheld = Policy(edit: p => p[PropertyAliases.Disclosure] = DisclosureCodecJson("onRequest"));
        Assert.Contains(PublicationCheck.Run(withheld), i => i.Code == "not-public");
        var noIssuer = Policy(edit: p => p.Remove(PropertyAliases.Issuers));
        Assert.Contains(PublicationCheck.Run(noIssuer), i => i.Field == "issuer" && i.Severity == Severity.Error);
        var interp = new ContentItem { Id = "i1", ContentType = ContentTypes.PolicyInterpretation, Name = "解读", Properties = new JsonObject { ["form"] = "text", ["disclosure"] = new JsonObject { ["attribute"] = "proactive" } } };
        Assert.Contains(PublicationCheck.Run(interp), i => i.Field == "interpretationOf" && i.Severity == Severity.Error);
    }

    [Fact]
    public void Outdated_names_are_warnings_with_positions_and_a_page_is_checked_as_well()
    {
        var page = new ContentItem
        {
            Id = "old1",
            ContentType = ContentTypes.Page,
            Name = "2019年公示",
            Properties = new JsonObject { ["publishedDate"] = "2019-06-01", ["body"] = "<p>经国家工商行政管理总局批准，公示如下：王某，住址：示例市和平路12号3单元501室。</p>" },
        };
        var issues = PublicationCheck.Run(page);
        Assert.Contains(issues, i => i.Code == "expression" && i.Position == 1 && i.Severity == Severity.Warning);
        Assert.Contains(issues, i => i.Code == "HomeAddress" && i.Severity == Severity.Error);
    }

    [Fact]
    public void A_non_public_agenda_item_is_not_checked_but_a_public_one_is()
    {
        JsonNode Agenda(bool isPublic) => new JsonArray(new JsonObject { ["topic"] = "研究信访事项", ["decision"] = "申请人电话13800138000", ["isPublic"] = isPublic });
        ContentItem Meeting(bool isPublic) => new()
        {
            Id = "m1",
            ContentType = ContentTypes.Meeting,
            Name = "示例市人民政府第1次常务会议",
            Properties = new JsonObject { ["series"] = "常务会议", ["meetingDate"] = "2026-05-01", ["disclosure"] = new JsonObject { ["attribute"] = "proactive" }, ["agenda"] = Agenda(isPublic) },
        };
        Assert.Contains(PublicationCheck.Run(Meeting(true)), i => i.Code == "Mobile" && i.Field == PropertyAliases.Agenda);
        Assert.DoesNotContain(PublicationCheck.Run(Meeting(false)), i => i.Code == "Mobile");
    }

    [Fact]
    public void An_index_number_is_unique_and_never_changes_once_published()
    {
        var ctx = new PublicationCheckContext { SameIndexNumber = (v, self) => v == "000000000/2026-00012" && self != "p0" ? [new DocumentLocator("p0", "先发的文件")] : [] };
        Assert.Contains(PublicationCheck.Run(Policy(), ctx), i => i.Field == PropertyAliases.IndexNumber && i.Code == "duplicate");
        var changed = PublicationCheck.Run(Policy(), new PublicationCheckContext { PublishedIndexNumber = "000000000/2026-00009" });
        Assert.Contains(changed, i => i.Field == PropertyAliases.IndexNumber && i.Code == "changed" && i.Severity == Severity.Error);
        Assert.DoesNotContain(PublicationCheck.Run(Policy(), new PublicationCheckContext { PublishedIndexNumber = "000000000/2026-00012" }), i => i.Code == "changed");
    }

    private static JsonNode DisclosureCodecJson(string attribute) =>
        new JsonObject { ["attribute"] = attribute, ["ground"] = "art13", ["reason"] = "仅涉及特定申请人" };
}

public sealed class InterpretationContentTests
{
    private static ContentItem Interp(string form, JsonObject extra)
    {
        var props = new JsonObject { ["interpretationOf"] = new JsonArray("p1"), ["form"] = form, ["disclosure"] = new JsonObject { ["attribute"] = "proactive" } };
        foreach (var (k, v) in extra)
        {
            props[k] = v?.DeepClone();
        }
        return new ContentItem { Id = "i1", ContentType = ContentTypes.PolicyInterpretation, Name = "解读", Properties = props };
    }

    [Fact]
    public void A_graphic_needs_images_and_every_image_needs_alternative_text()
    {
        Assert.Contains(PublicationCheck.Run(Interp("graphic", [])), i => i.Field == "images" && i.Code == "required");
        var noAlt = PublicationCheck.Run(Interp("图解", new JsonObject { ["images"] = new JsonArray(new JsonObject { ["url"] = "media/a.png", ["alt"] = "要点" }, new JsonObject { ["url"] = "media/b.png" }) }));
        var issue = Assert.Single(noAlt, i => i.Code == "alt-required");
        Assert.Contains("第2张", issue.Message);
        Assert.Equal(Severity.Error, issue.Severity);
    }

    [Fact]
    public void A_video_needs_its_transcript_and_a_qa_needs_whole_pairs()
    {
        var video = PublicationCheck.Run(Interp("视频", new JsonObject { ["videoUrl"] = "media/v.mp4" }));
        Assert.Contains(video, i => i.Field == PropertyAliases.VideoTranscript && i.Severity == Severity.Error);
        var withTranscript = PublicationCheck.Run(Interp("视频", new JsonObject { ["videoTranscript"] = "文字稿全文。" }));
        Assert.False(PublicationCheck.Blocks(withTranscript));
        Assert.Contains(withTranscript, i => i.Field == PropertyAliases.VideoUrl && i.Severity == Severity.Warning);

        Assert.Contains(PublicationCheck.Run(Interp("qa", [])), i => i.Field == "qa" && i.Code == "required");
        var half = PublicationCheck.Run(Interp("问答", new JsonObject { ["qa"] = new JsonArray(new JsonObject { ["question"] = "怎么办？", ["answer"] = "" }) }));
        Assert.Contains(half, i => i.Field == "qa" && i.Code == "incomplete");
    }

    [Fact]
    public void Personal_information_in_answers_and_transcripts_is_found()
    {
        var qa = PublicationCheck.Run(Interp("问答", new JsonObject { ["qa"] = new JsonArray(new JsonObject { ["question"] = "如何联系？", ["answer"] = "请致电13800138000。" }) }));
        Assert.Contains(qa, i => i.Field == "qa" && i.Code == "Mobile" && i.Severity == Severity.Error);
        var video = PublicationCheck.Run(Interp("视频", new JsonObject { ["videoTranscript"] = "申请人身份证号11010519491231002X。" }));
        Assert.Contains(video, i => i.Field == PropertyAliases.VideoTranscript && i.Code == "IdNumber");
    }
}
