namespace GovOpen.Search.Tests;

/// <summary>
/// Entry point of the test assembly when it runs as a separate process (the test runner does not use it):
/// <c>dotnet GovOpen.Search.Tests.dll hold &lt;root&gt; &lt;stopFile&gt;</c> opens the index under <c>root</c>
/// (building it from the corpus if needed), prints <c>ready &lt;generation path&gt;</c>, then writes and searches
/// every few milliseconds until <c>stopFile</c> exists, and prints <c>ok &lt;writes&gt; &lt;count&gt;</c> or
/// <c>error ...</c>. The exit code is 0 only when every write and search succeeded.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is not ["hold", var root, var stopFile])
        {
            Console.Error.WriteLine("usage: hold <root> <stopFile>");
            return 2;
        }
        try
        {
            using var idx = GovSearchIndex.Open(new SearchIndexOptions { Path = root, Clock = new FixedClock(Corpus.Today), IndexingThreads = 1 }, Corpus.Docs);
            Console.WriteLine($"ready {idx.CurrentPath}");
            var writes = 0;
            while (!File.Exists(stopFile))
            {
                idx.Upsert(Corpus.Policy($"helper{writes}", $"示例市第二进程写入{writes}", "第二进程的政务公开内容。"));
                writes++;
                var found = idx.Search(new SearchQuery { Text = "第二进程", Take = 1 }).Total;
                if (found != writes)
                {
                    Console.WriteLine($"error searched {found} after {writes} writes");
                    return 1;
                }
                Thread.Sleep(10);
            }
            Console.WriteLine($"ok {writes} {idx.Count}");
            return 0;
        }
        catch (Exception e)
        {
            Console.WriteLine($"error {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
