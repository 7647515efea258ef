using GovOpen.Core.Content;
using GovOpen.Packaging;

namespace GovOpen.Site.Services;

/// <summary>
/// The Delivery API mode's copy of the last good content, for a restart while Umbraco is down. It holds exactly what
/// the public saw on the day it was written (<see cref="PublicContent.Items"/>: nothing withheld, scheduled or
/// drafted, references to such documents already gone), so the web server's disk keeps nothing the public may not see.
/// Each save writes a new generation folder beside the old one and then switches the <c>current</c> pointer with one
/// atomic rename: a save that fails half-way leaves the previous generation in use, and an item the API no longer
/// returns is gone with the generation that had it.
/// </summary>
public static class ContentCache
{
    public const string PointerFile = "current";
    private const string GenerationPrefix = "gen-";

    public static void Save(string directory, PublicContent content)
    {
        var root = Path.GetFullPath(directory);
        Directory.CreateDirectory(root);
        var name = $"{GenerationPrefix}{DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"[..32];
        var generation = Path.Combine(root, name);
        try
        {
            ContentPackage.Write(generation, content.Source.Manifest with { Generator = "govopen site cache" }, content.Items);
            var tmp = Path.Combine(root, PointerFile + ".tmp");
            File.WriteAllText(tmp, name);
            File.Move(tmp, Path.Combine(root, PointerFile), overwrite: true);
        }
        catch
        {
            TryDelete(generation);
            throw;
        }
        // Older generations, and the single-folder layout of earlier versions, go once the pointer has moved.
        foreach (var old in Directory.EnumerateDirectories(root).Where(d => Path.GetFileName(d) != name))
        {
            var n = Path.GetFileName(old);
            if (n.StartsWith(GenerationPrefix, StringComparison.Ordinal) || n == ContentPackage.ItemsDir)
            {
                TryDelete(old);
            }
        }
        var legacyManifest = Path.Combine(root, ContentPackage.ManifestFile);
        if (File.Exists(legacyManifest))
        {
            File.Delete(legacyManifest);
        }
    }

    /// <summary>The cached package, or null when there is none. Throws when the pointer names an unusable generation.</summary>
    public static ContentPackage? Load(string directory)
    {
        var pointer = Path.Combine(directory, PointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }
        var name = File.ReadAllText(pointer).Trim();
        if (!name.StartsWith(GenerationPrefix, StringComparison.Ordinal) || name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The cache pointer {pointer} does not name a generation.");
        }
        return ContentPackage.Load(Path.Combine(directory, name));
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // left for the next save
        }
    }
}
