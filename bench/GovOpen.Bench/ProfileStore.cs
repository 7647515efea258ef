using System.Diagnostics;
using GovOpen.Core.Time;
using GovOpen.Site.Services;

/// <summary>
/// `profile PACKAGE --store INDEXDIR`: the phases of a start from the site store, each on its own (one thread, in
/// this order, GOVOPEN_PROFILE_ROUNDS times): listing the package (its fingerprint), opening the copy, making the
/// snapshot over it. The site runs the first two on two threads.
/// </summary>
internal static class ProfileStore
{
    public static void Run(string package, string indexRoot)
    {
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_ROUNDS"), out var r) ? r : 3;
        var source = new PackageContentSource(package);
        var clock = new AgencyClock(TimeProvider.System);
        var key = SiteStore.KeyOf(package, clock.Today);
        if (SiteStore.Open(indexRoot, key) is { } existing)
        {
            existing.Dispose();
        }
        else
        {
            // This build's copy (a copy is named by the build that made it): made once, as the site makes it.
            var loaded = GovOpen.Packaging.ContentPackage.Load(package);
            var made = SiteContent.Build(loaded.ToContentSet(), clock, "profile", loaded.ResolveMedia);
            SiteStore.Write(indexRoot, key, source.Fingerprint()!, made.Public, null, []);
        }
        for (var round = 1; round <= rounds; round++)
        {
            var t = Stopwatch.StartNew();
            var fingerprint = source.Fingerprint();
            var listed = t.ElapsedMilliseconds;
            t.Restart();
            using var stored = SiteStore.Open(indexRoot, key) ?? throw new InvalidOperationException($"the site store {key} under {indexRoot} cannot be opened");
            var opened = t.ElapsedMilliseconds;
            t.Restart();
            var site = SiteContent.FromStore(stored, clock, "profile", _ => null, indexAfter: new TaskCompletionSource().Task);
            var made = t.ElapsedMilliseconds;
            Console.WriteLine($"round {round}: package listed in {listed} ms ({fingerprint == stored.Fingerprint}), copy opened in {opened} ms ({stored.Heads.Count} items), snapshot made in {made} ms");
        }
    }
}
