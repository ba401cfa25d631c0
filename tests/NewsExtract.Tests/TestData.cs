namespace NewsExtract.Tests;

/// <summary>Paths inside the repository and one shared pipeline (loading is the slow part; extraction is thread-safe).</summary>
public static class TestData
{
    private static readonly Lazy<Pipeline> SharedPipeline = new(() => Pipeline.Load());

    private static readonly Dictionary<string, Lazy<Pipeline>> ForcedPipelines = new()
    {
        ["en"] = new(() => Pipeline.Load(new PipelineOptions { ForcedLanguage = "en" })),
        ["fr"] = new(() => Pipeline.Load(new PipelineOptions { ForcedLanguage = "fr" })),
    };

    public static Pipeline Pipeline => SharedPipeline.Value;

    /// <summary>A pipeline that takes every text as written in <paramref name="language"/>.</summary>
    public static Pipeline PipelineFor(string language) => ForcedPipelines[language].Value;

    /// <summary>The lines of an examples file: (line number, tab-separated columns), comments and blank lines left out.</summary>
    public static IEnumerable<(int Line, string[] Columns)> ExampleLines(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
                continue;
            var columns = lines[i].Split('\t');
            if (columns.Length != 2)
                throw new InvalidDataException($"{path}:{i + 1}: expected 'text<TAB>expected'");
            yield return (i + 1, columns);
        }
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Corpus(params string[] parts) => Path.Combine([RepositoryRoot, "corpus", .. parts]);

    public static string Examples(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Examples", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsExtract.sln")))
                return dir.FullName;
        throw new InvalidOperationException("NewsExtract.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A folder under the system temp folder, deleted with its contents on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsextract-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string relative, string? text = null)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        if (text is not null)
            System.IO.File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
