using System.Diagnostics;
using GovOpen.Import;

namespace GovOpen.Bench;

/// <summary>Import throughput: N .docx files built from the test fixtures (varied per copy), read and extracted one by one.</summary>
internal static class ImportBench
{
    public static void Run(int count)
    {
        var fixtures = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order().Select(File.ReadAllLines).ToList();
        var dir = Directory.CreateTempSubdirectory("govopen-import-bench").FullName;
        try
        {
            var r = new Random(5);
            for (var i = 0; i < count; i++)
            {
                var lines = fixtures[i % fixtures.Count].ToList();
                // Vary the body so files are not identical: add paragraphs of policy text.
                var insertAt = Math.Min(lines.Count, 5);
                for (var k = 0; k < 20; k++)
                {
                    lines.Insert(insertAt, Corpus.Sentence(r));
                }
                File.WriteAllBytes(Path.Combine(dir, $"doc-{i:D4}.docx"), DocxWriter.FromLines(lines, withTable: i % 3 == 0, withFootnote: i % 4 == 0));
            }
            var files = Importer.Expand([dir]);
            var bytes = files.Sum(f => new FileInfo(f).Length);
            foreach (var f in files.Take(50))
            {
                Importer.ImportFile(f, DateTimeOffset.UnixEpoch); // warm-up
            }
            GC.Collect();
            var sw = Stopwatch.StartNew();
            var ok = 0;
            foreach (var f in files)
            {
                if (Importer.ImportFile(f, DateTimeOffset.UnixEpoch).Failure is null)
                {
                    ok++;
                }
            }
            var single = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var okParallel = 0;
            Parallel.ForEach(files, f =>
            {
                if (Importer.ImportFile(f, DateTimeOffset.UnixEpoch).Failure is null)
                {
                    Interlocked.Increment(ref okParallel);
                }
            });
            var parallel = sw.Elapsed.TotalSeconds;
            Console.WriteLine($"# Import benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            Console.WriteLine($"{files.Count} .docx files, {bytes / 1024.0 / files.Count:0.0} KiB each on average; extracted without error: {ok} (1 thread), {okParallel} ({Environment.ProcessorCount} threads)");
            Console.WriteLine($"| threads | seconds | files/s |");
            Console.WriteLine($"|---|---|---|");
            Console.WriteLine($"| 1 | {single:0.00} | {files.Count / single:N0} |");
            Console.WriteLine($"| {Environment.ProcessorCount} | {parallel:0.00} | {files.Count / parallel:N0} |");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
