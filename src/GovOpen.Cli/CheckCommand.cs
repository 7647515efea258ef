using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovOpen.Core;
using GovOpen.Core.Checks;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Text;
using GovOpen.Import;
using GovOpen.Packaging;

namespace GovOpen.Cli;

/// <summary>
/// <c>govopen check &lt;file-or-package-dir&gt;... [--json] [--rules FILE] [--no-default-rules] [--date yyyy-MM-dd]</c>:
/// Core's pre-publication check (<see cref="PublicationCheck"/>) over content packages, single items (.json) and
/// legacy pages (.html/.htm/.txt/.docx) — agencies run it over years of old pages before migrating. Each finding is
/// printed (item, field, code, severity, position, message); the exit code is 1 when any error is found. A file that
/// cannot be read is itself a finding, and the other files are still checked.
/// </summary>
internal static partial class CheckCommand
{
    private static readonly string[] PageExtensions = [".html", ".htm", ".txt", ".docx"];

    public sealed record Finding(string Item, string Field, string Code, Severity Severity, string Message, string MessageEn, int? Position);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var json = false;
        var external = false;
        var useDefault = true;
        string? rulesPath = null;
        DateOnly? date = null;
        var inputs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": json = true; break;
                case "--external": external = true; break;
                case "--no-default-rules": useDefault = false; break;
                case "--rules": rulesPath = i + 1 < args.Length ? args[++i] : throw new UsageException("--rules needs a file"); break;
                case "--date": date = i + 1 < args.Length ? CliApp.ParseDateOption(args[++i], "date") : throw new UsageException("--date needs a value"); break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UsageException($"unknown option {args[i]}");
                    }
                    inputs.Add(args[i]);
                    break;
            }
        }
        if (inputs.Count == 0)
        {
            throw new UsageException("govopen check <file-or-package-dir>... [--json] [--external] [--rules FILE] [--no-default-rules] [--date yyyy-MM-dd]");
        }

        var findings = new List<Finding>();
        IReadOnlyList<ExpressionRule> rules = useDefault ? ExpressionRules.Default.Rules : [];
        if (rulesPath is not null)
        {
            var problems = new List<Issue>();
            var agency = ExpressionRules.Parse(TextFile.Read(rulesPath, CliApp.MaxTextFileBytes), problems, Path.GetFileName(rulesPath));
            findings.AddRange(problems.Select(p => From(rulesPath, p)));
            rules = [.. rules, .. agency.Rules];
        }
        var today = date ?? GovOpen.Core.Time.AgencyClock.System.Today;
        var checker = new Checker(new ExpressionRules(rules), today, findings);
        var checkedItems = 0;
        foreach (var input in inputs)
        {
            checkedItems += checker.Input(input);
        }
        if (external)
        {
            var broken = GovOpen.Packaging.Links.ExternalLinkChecker.CheckAsync(checker.ExternalLinks.Select(l => l.Link.Target), TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
            findings.AddRange(checker.ExternalLinks.Where(l => broken.ContainsKey(l.Link.Target)).Select(l => new Finding(l.Item, "body", "external-link-broken", Severity.Warning,
                $"正文中的外部链接“{l.Link.Text}”（{l.Link.Target}）无法访问：{broken[l.Link.Target]}", $"The external link {l.Link.Target} does not answer: {broken[l.Link.Target]}", null)));
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        if (json)
        {
            var array = new JsonArray(findings.Select(f => (JsonNode)new JsonObject
            {
                ["item"] = f.Item,
                ["field"] = f.Field,
                ["code"] = f.Code,
                ["severity"] = f.Severity == Severity.Error ? "error" : "warning",
                ["position"] = f.Position,
                ["message"] = f.Message,
                ["messageEn"] = f.MessageEn,
            }).ToArray());
            stdout.WriteLine(array.ToJsonString(new JsonSerializerOptions(CliApp.Json) { WriteIndented = true }));
        }
        else
        {
            foreach (var f in findings)
            {
                var position = f.Position is { } p ? $"@{p + 1}" : "";
                stdout.WriteLine($"{f.Item}\t{f.Field}{position}\t{(f.Severity == Severity.Error ? "错误 error" : "警告 warning")}\t{f.Code}\t{f.Message}");
            }
        }
        stderr.WriteLine($"检查 {checkedItems} 项：{errors} 个错误，{warnings} 个警告 / checked {checkedItems} item(s): {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? CliApp.Invalid : CliApp.Ok;
    }

    private static Finding From(string item, Issue i) => new(item, i.Field, i.Code, i.Severity, i.Message, i.MessageEn, i.Position);

    private sealed class Checker(ExpressionRules rules, DateOnly today, List<Finding> findings)
    {
        /// <summary>Every external link of the checked items: where it is, and the link.</summary>
        public List<(string Item, BodyLink Link)> ExternalLinks { get; } = [];

        private IEnumerable<Issue> Run(string label, ContentItem item, PublicationCheckContext context)
        {
            ExternalLinks.AddRange(BodyLinks.Find(ContentMapper.Body(item), context.OwnHosts).Where(l => l.Kind == LinkKind.External).Select(l => (label, l)));
            return PublicationCheck.Run(item, context);
        }

        public int Input(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    return File.Exists(Path.Combine(path, ContentPackage.ManifestFile)) ? Package(path) : Folder(path);
                }
                if (File.Exists(path))
                {
                    return OneFile(path);
                }
                findings.Add(new Finding(path, "file", "not-found", Severity.Error, $"找不到文件或目录：{path}", $"No such file or directory: {path}", null));
            }
            catch (GovOpenException e)
            {
                findings.Add(From(path, e.Issue));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                findings.Add(new Finding(path, "file", "unreadable", Severity.Error, $"无法读取：{e.Message}", $"Cannot read: {e.Message}", null));
            }
            return 0;
        }

        private int Folder(string dir)
        {
            var count = 0;
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(dir, "*", options).Order(StringComparer.Ordinal))
            {
                var ext = Path.GetExtension(file).ToLowerInvariant();
                if (ext == ".json" || PageExtensions.Contains(ext))
                {
                    count += Input(file);
                }
            }
            return count;
        }

        private int Package(string dir)
        {
            var package = ContentPackage.Load(dir);
            findings.AddRange(package.Problems.Select(p => From(dir, p)));
            var set = package.ToContentSet();
            var visible = PublicSurface.Of(set, today).ById;
            var byRoute = set.Items.GroupBy(i => ContentRoute.Normalize(i.Route.Path)).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            var byNumber = set.Policies.Values.Where(p => p.ParsedNumber is not null).ToLookup(p => p.ParsedNumber!.CanonicalKey);
            var byIndexNumber = set.Policies.Values.Where(p => !string.IsNullOrWhiteSpace(p.IndexNumber)).ToLookup(p => p.IndexNumber!.Trim());
            LinkTargetState StateOf(ContentItem? target) => target is null ? LinkTargetState.Missing : visible.ContainsKey(target.Id) ? LinkTargetState.Public : LinkTargetState.NotPublic;
            var context = new PublicationCheckContext
            {
                Expressions = rules,
                FindPolicy = id => set.Policies.GetValueOrDefault(id),
                LinkTarget = link => StateOf(link.Kind == LinkKind.DocumentKey ? set.ById.GetValueOrDefault(link.Target) : byRoute.GetValueOrDefault(link.Target)),
                SameDocumentNumber = (number, self) => byNumber[number.CanonicalKey].Where(p => p.Id != self).Select(p => new DocumentLocator(p.Id, p.Title, set.ById[p.Id].Route.Path)).ToList(),
                SameIndexNumber = (value, self) => byIndexNumber[value].Where(p => p.Id != self).Select(p => new DocumentLocator(p.Id, p.Title, set.ById[p.Id].Route.Path)).ToList(),
                AttachmentText = a => AttachmentText(package, a),
            };
            var count = 0;
            foreach (var item in set.Items)
            {
                // What is withheld by design (依申请公开, 不予公开, import drafts) is not about to be published.
                if (ContentMapper.IsDraft(item) || (set.Publication.TryGetValue(item.Id, out var candidate) && candidate.Disclosure.Attribute != DisclosureAttribute.Proactive))
                {
                    continue;
                }
                count++;
                var label = $"{item.Id}（{item.Name}）";
                findings.AddRange(Run(label, item, context).Select(i => From(label, i)));
            }
            return count;
        }

        private int OneFile(string path)
        {
            var ext = Path.GetExtension(path).ToLowerInvariant();
            ContentItem item;
            if (ext == ".json")
            {
                var text = TextFile.Read(path, CliApp.MaxTextFileBytes);
                ContentItem? parsed;
                try
                {
                    parsed = JsonSerializer.Deserialize<ContentItem>(text, ContentPackage.Json);
                }
                catch (JsonException e)
                {
                    findings.Add(new Finding(path, "file", "invalid-json", Severity.Error, $"不是有效的内容条目 JSON：{e.Message}", $"Not a valid content item: {e.Message}", null));
                    return 0;
                }
                if (ContentItemCheck.Problem(parsed, path) is { } problem)
                {
                    findings.Add(From(path, problem));
                    return 0;
                }
                item = parsed!;
            }
            else if (ext is ".html" or ".htm")
            {
                var html = TextFile.Read(path, CliApp.MaxTextFileBytes);
                item = Page(path, TitleOf(html) ?? Path.GetFileNameWithoutExtension(path), BodyOf(html));
            }
            else if (ext is ".txt" or ".docx")
            {
                var source = SourceReader.ReadFile(path);
                var paragraphs = source.Paragraphs.Select(p => p.Text).ToList();
                var body = string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));
                item = Page(path, paragraphs.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p))?.Trim() ?? Path.GetFileName(path), body);
            }
            else
            {
                findings.Add(new Finding(path, "file", "unsupported", Severity.Warning, $"不支持的文件类型（{ext}），未检查；支持内容包目录、.json、.html、.htm、.txt、.docx", $"Unsupported file type {ext}; not checked.", null));
                return 0;
            }
            // A single file has nothing to resolve its links or 文号 against: those parts are not judged.
            var context = new PublicationCheckContext { Expressions = rules };
            findings.AddRange(Run(path, item, context).Select(i => From(path, i)));
            return 1;
        }

        private static ContentItem Page(string path, string title, string body) => new()
        {
            Id = "file",
            ContentType = ContentTypes.Page,
            Name = title,
            Route = new ContentRoute("/" + Path.GetFileName(path)),
            Properties = new JsonObject { [PropertyAliases.Body] = body },
        };

        /// <summary>The text of a package's attachment (.txt or .docx in the package), for the personal-information check.</summary>
        private static string? AttachmentText(ContentPackage package, Attachment a)
        {
            if (package.ResolveMedia(a.Url) is not { } file || !SourceReader.Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            {
                return null;
            }
            try
            {
                return string.Join("\n", SourceReader.ReadFile(file).Paragraphs.Select(p => p.Text));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or GovOpenException or InvalidDataException)
            {
                return null;
            }
        }
    }

    private static string? TitleOf(string html)
    {
        var m = TitleTag().Match(html);
        var t = m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : null;
        return string.IsNullOrEmpty(t) ? null : t;
    }

    private static string BodyOf(string html)
    {
        var m = BodyTag().Match(html);
        return m.Success ? m.Groups[1].Value : html;
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"<body[^>]*>(.*)</body\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex BodyTag();
}
