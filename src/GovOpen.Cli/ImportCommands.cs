using System.Text.Json;
using GovOpen.Core.Content;
using GovOpen.Packaging;
using GovOpen.Import;

namespace GovOpen.Cli;

/// <summary><c>govopen extract</c> and <c>govopen import</c>.</summary>
internal static class ImportCommands
{
    public static int Extract(string[] args, TextWriter stdout)
    {
        if (args.Length != 1)
        {
            throw new UsageException("govopen extract <file>");
        }
        var source = SourceReader.ReadFile(args[0]);
        var result = DocumentExtractor.Extract(source);
        stdout.WriteLine(result.ToJson().ToJsonString(new JsonSerializerOptions(CliApp.Json) { WriteIndented = true }));
        return CliApp.Ok;
    }

    public static int Import(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? outDir = null;
        var inputs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out")
            {
                outDir = i + 1 < args.Length ? args[++i] : throw new UsageException("--out needs a directory");
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unknown option {args[i]}");
            }
            else
            {
                inputs.Add(args[i]);
            }
        }
        if (outDir is null || inputs.Count == 0)
        {
            throw new UsageException("govopen import <file-or-folder>... --out <package-dir>");
        }
        var files = Importer.Expand(inputs);
        if (files.Count == 0)
        {
            stderr.WriteLine("错误 error: 没有找到 .docx、.txt 或 .html 文件 (no .docx, .txt or .html files found)");
            return CliApp.Invalid;
        }
        var now = GovOpen.Core.Time.AgencyClock.System.Now;
        var items = new List<ContentItem>();
        var failures = 0;
        var progress = new Progress(files.Count, stderr);
        foreach (var file in files)
        {
            var o = Importer.ImportFile(file, now);
            if (o.Failure is { } f)
            {
                // An error, so on stderr (the drafts written are the result); the summary below counts it.
                failures++;
                progress.Error($"✗ {f.Message}");
            }
            else
            {
                var r = o.Result!;
                items.Add(o.Item!);
                stdout.WriteLine($"✓ {Path.GetFileName(file)} → {o.Item!.Id}  找到: {string.Join(", ", r.Found)}" +
                                 (r.Missing.Count > 0 ? $"  缺失: {string.Join(", ", r.Missing)}" : "") +
                                 $"  警告: {r.Warnings.Count(w => w.Code != "missing")}  {r.Account.Summary}");
            }
            progress.Step();
        }
        progress.Done();
        // Re-importing updates drafts by id; distinct ids only (the same file twice is one draft).
        var distinct = items.GroupBy(i => i.Id).Select(g => g.Last()).ToList();
        var existing = File.Exists(Path.Combine(outDir, ContentPackage.ManifestFile)) ? ContentPackage.Load(outDir).Manifest : null;
        ContentPackage.Write(outDir, existing ?? new PackageManifest { Name = "导入的公文草稿", CreatedAt = now, Generator = "govopen import" }, distinct);
        // Identical copies (same content, so the same id) are one draft: say so, naming them, rather than let the
        // count of drafts silently differ from the count of files read.
        var copies = items.GroupBy(i => i.Id).Where(g => g.Count() > 1).ToList();
        foreach (var g in copies)
        {
            progress.Error($"= {g.Count()} 个相同的文件合为一条草稿 {g.Key} / {g.Count()} identical files made one draft {g.Key}");
        }
        var merged = copies.Sum(g => g.Count() - 1);
        stdout.WriteLine($"共 {files.Count} 个文件：导入 {distinct.Count} 条草稿" + (merged > 0 ? $"（{merged} 个相同文件已合并）" : "") + $"，失败 {failures} 个 → {outDir}");
        stdout.WriteLine($"{files.Count} files: {distinct.Count} drafts written" + (merged > 0 ? $" ({merged} identical copies merged)" : "") + $", {failures} failed.");
        return failures == 0 ? CliApp.Ok : CliApp.Invalid;
    }

    /// <summary>A progress bar on stderr for a terminal; occasional lines when stderr is redirected.</summary>
    private sealed class Progress(int total, TextWriter stderr)
    {
        private int _done;
        private int _lastPercent = -1;

        private bool Drawing => total >= 10 && !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);

        /// <summary>An error line on stderr, on a line of its own when the bar is drawn there.</summary>
        public void Error(string line)
        {
            if (Drawing && _done > 0)
            {
                stderr.Write('\r' + new string(' ', 60) + '\r');
            }
            stderr.WriteLine(line);
        }

        public void Step()
        {
            _done++;
            if (total < 10)
            {
                return;
            }
            var percent = _done * 100 / total;
            if (Drawing)
            {
                var filled = percent / 5;
                stderr.Write($"\r导入中 [{new string('#', filled)}{new string('.', 20 - filled)}] {_done}/{total}");
            }
            else if (percent / 10 != _lastPercent / 10)
            {
                stderr.WriteLine($"进度 progress: {_done}/{total}");
            }
            _lastPercent = percent;
        }

        public void Done()
        {
            if (Drawing)
            {
                stderr.WriteLine();
            }
        }
    }
}
