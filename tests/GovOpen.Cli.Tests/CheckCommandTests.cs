using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovOpen.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govopen-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    private string Sample()
    {
        var dir = Path.Combine(_dir, "pkg");
        Assert.Equal(0, Run("sample", "--out", dir).Code);
        return dir;
    }

    [Fact]
    public void The_sample_package_passes_every_item_that_is_to_be_public()
    {
        var (code, output, err) = Run("check", Sample(), "--date", "2026-12-01", "--json");
        Assert.Equal(0, code);
        var findings = JsonNode.Parse(output)!.AsArray();
        Assert.DoesNotContain(findings, f => (string?)f!["severity"] == "error");
        // 依申请公开 and 不予公开 items are withheld by design: not about to be published, not checked.
        Assert.Matches(@"checked 1[12]\d item\(s\): 0 error", err);
    }

    [Fact]
    public void In_a_package_a_duplicate_number_and_a_link_to_a_withheld_document_are_errors()
    {
        var pkg = Sample();
        var file = Path.Combine(pkg, "items", "zcwj-2024-016.json");
        var item = JsonNode.Parse(File.ReadAllText(file))!;
        item["properties"]!["documentNumber"] = "示府规[2024]1号"; // zcwj-2024-001's, written differently
        item["properties"]!["body"] = new JsonObject { ["markup"] = """<p>根据<a href="/xxgk/zcwj/zcwj-2023-903/">有关答复</a>办理。</p>""", ["blocks"] = new JsonArray() };
        File.WriteAllText(file, item.ToJsonString());
        var (code, output, _) = Run("check", pkg, "--date", "2026-12-01");
        Assert.Equal(1, code);
        var lines = output.Split('\n').Where(l => l.StartsWith("zcwj-2024-016", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains("\tduplicate\t") && l.Contains("示例市政务公开工作规定"));
        Assert.Contains(lines, l => l.Contains("\tlink-not-public\t"));
    }

    [Fact]
    public void Legacy_pages_are_checked_one_bad_file_is_reported_and_the_rest_still_checked()
    {
        var pages = Path.Combine(_dir, "old");
        Directory.CreateDirectory(pages);
        File.WriteAllText(Path.Combine(pages, "gs-2019.html"), """
            <html><head><title>2019年低保公示</title></head><body>
            <p>经国家工商行政管理总局备案，现公示如下：</p>
            <p>王某，身份证号11010519491231002X，联系电话13800138000。</p>
            </body></html>
            """);
        File.WriteAllText(Path.Combine(pages, "clean.txt"), "示例市人民政府关于某事项的通知\n各区人民政府：\n现将有关事项通知如下。\n");
        File.WriteAllText(Path.Combine(pages, "broken.docx"), "not a zip");
        WriteDocx(Path.Combine(pages, "reply.docx"), "关于某申请的答复", "申请人住址：示例市和平路12号3单元501室。");
        File.WriteAllText(Path.Combine(pages, "notes.md"), "ignored");

        var (code, output, err) = Run("check", pages, "--json");
        Assert.Equal(1, code);
        var findings = JsonNode.Parse(output)!.AsArray().Select(f => f!).ToList();
        var html = findings.Where(f => ((string)f["item"]!).EndsWith("gs-2019.html", StringComparison.Ordinal)).ToList();
        Assert.Contains(html, f => (string?)f["code"] == "IdNumber" && (string?)f["field"] == "body" && (string?)f["severity"] == "error" && (int?)f["position"] > 0);
        Assert.Contains(html, f => (string?)f["code"] == "Mobile");
        Assert.Contains(html, f => (string?)f["code"] == "expression" && (string?)f["severity"] == "warning");
        Assert.DoesNotContain(findings.Select(f => (string)f["message"]!), m => m.Contains("11010519491231002X") || m.Contains("13800138000"));
        Assert.Contains(findings, f => ((string)f["item"]!).EndsWith("reply.docx", StringComparison.Ordinal) && (string?)f["code"] == "HomeAddress");
        Assert.Contains(findings, f => ((string)f["item"]!).EndsWith("broken.docx", StringComparison.Ordinal) && (string?)f["severity"] == "error");
        Assert.DoesNotContain(findings, f => ((string)f["item"]!).EndsWith("clean.txt", StringComparison.Ordinal));
        Assert.Contains("checked 3 item(s)", err);
    }

    [Fact]
    public void An_agency_rules_file_adds_rules_and_its_bad_lines_are_reported()
    {
        var rules = Path.Combine(_dir, "rules.tsv");
        File.WriteAllText(rules, "replace\t示例市工商局\t示例市市场监督管理局\t2019-01-01\t-\t示府发〔2019〕1号\nreplace\t坏规则\n");
        var page = Path.Combine(_dir, "p.txt");
        File.WriteAllText(page, "2020年通知\n请向示例市工商局咨询。\n");
        var (code, output, _) = Run("check", page, "--rules", rules, "--no-default-rules");
        Assert.Equal(1, code); // the bad rule line is an error of the rules file
        Assert.Contains("“示例市工商局”应为“示例市市场监督管理局”", output);
        Assert.Contains("rules.tsv第2行", output);
    }

    [Fact]
    public void Missing_inputs_are_findings_and_no_input_is_a_usage_error()
    {
        var (code, output, _) = Run("check", Path.Combine(_dir, "nope"));
        Assert.Equal(1, code);
        Assert.Contains("not-found", output);
        Assert.Equal(2, Run("check").Code);
        Assert.Equal(2, Run("check", _dir, "--bogus").Code);
    }

    [Fact]
    public async Task External_links_are_checked_on_demand_and_the_broken_ones_reported()
    {
        var port = FreePort();
        using var listener = new System.Net.HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var requests = new System.Collections.Concurrent.ConcurrentBag<string>();
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                System.Net.HttpListenerContext ctx;
                try { ctx = await listener.GetContextAsync(); } catch (System.Net.HttpListenerException) { return; } catch (ObjectDisposedException) { return; }
                var path = ctx.Request.Url!.AbsolutePath;
                requests.Add(ctx.Request.HttpMethod + " " + path);
                ctx.Response.StatusCode = path switch
                {
                    "/ok" => 200,
                    "/nohead" => ctx.Request.HttpMethod == "HEAD" ? 405 : 200,
                    _ => 404,
                };
                ctx.Response.Close();
            }
        });
        var closed = FreePort();
        var page = Path.Combine(_dir, "links.html");
        File.WriteAllText(page, $"""
            <html><head><title>链接</title></head><body>
            <p><a href="http://127.0.0.1:{port}/ok">好链接</a> <a href="http://127.0.0.1:{port}/gone">已删除</a>
            <a href="http://127.0.0.1:{port}/nohead">不支持HEAD</a> <a href="http://127.0.0.1:{closed}/x">关闭的端口</a></p>
            </body></html>
            """);

        var (_, quiet, _) = Run("check", page);
        Assert.Empty(requests); // nothing is fetched unless asked
        Assert.DoesNotContain("external-link-broken", quiet);

        var (code, output, _) = Run("check", page, "--external");
        Assert.Equal(0, code); // broken external links are warnings
        var broken = output.Split('\n').Where(l => l.Contains("\texternal-link-broken\t")).ToList();
        Assert.Equal(2, broken.Count);
        Assert.Contains(broken, l => l.Contains("已删除") && l.Contains("HTTP 404"));
        Assert.Contains(broken, l => l.Contains("关闭的端口") && l.Contains("无法连接"));
        Assert.Contains("GET /nohead", requests);
        listener.Stop();
        await serving;
    }

    private static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static void WriteDocx(string path, params string[] paragraphs)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p)))).ToArray<OpenXmlElement>()));
    }
}
