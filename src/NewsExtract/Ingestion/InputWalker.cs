namespace NewsExtract.Ingestion;

/// <summary>
/// Expands the paths given by a user into the files to read, in a stable order: each argument in turn,
/// folders walked recursively in ordinal path order. Paths that cannot be walked are reported as
/// failures in their place, and the walk goes on.
/// </summary>
public sealed class InputWalker
{
    private readonly ArticleLoader _loader;

    public InputWalker(ArticleLoader loader) => _loader = loader;

    /// <summary>Files met in folders that no reader handles (counted, not read).</summary>
    public int Skipped { get; private set; }

    public IEnumerable<WalkItem> Walk(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return new WalkItem(new InputFile(path, System.IO.Path.GetFileName(path)), null);
            }
            else if (Directory.Exists(path))
            {
                var visited = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in WalkFolder(path, path, visited))
                    yield return item;
            }
            else
            {
                yield return new WalkItem(new InputFile(path, ToSource(path)), "no such file or directory");
            }
        }
    }

    private IEnumerable<WalkItem> WalkFolder(string root, string folder, HashSet<string> visited)
    {
        var real = RealPath(folder);
        if (!visited.Add(real))
            yield break; // a symbolic link back into a folder already walked
        string[] entries;
        string? error = null;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            entries = [];
            error = $"cannot list folder: {e.Message}";
        }
        if (error is not null)
        {
            yield return new WalkItem(new InputFile(folder, ToSource(System.IO.Path.GetRelativePath(root, folder))), error);
            yield break;
        }
        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (Directory.Exists(entry))
            {
                foreach (var item in WalkFolder(root, entry, visited))
                    yield return item;
            }
            else if (_loader.Supports(entry))
            {
                yield return new WalkItem(new InputFile(entry, ToSource(System.IO.Path.GetRelativePath(root, entry))), null);
            }
            else
            {
                Skipped++;
            }
        }
    }

    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(folder);
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return System.IO.Path.GetFullPath(target?.FullName ?? info.FullName);
    }

    private static string ToSource(string path) => path.Replace(System.IO.Path.DirectorySeparatorChar, '/');
}

/// <summary>A file found by the walk, or a path that failed (with the reason).</summary>
public sealed record WalkItem(InputFile File, string? Error);
