namespace NewsExtract;

public sealed record PipelineOptions
{
    /// <summary>Folder holding one data folder per language; by default the one shipped beside the library.</summary>
    public string LanguagesDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "Languages");

    /// <summary>Languages to load and detect among.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en", "fr"];

    /// <summary>Folder of trained models; null runs the rules alone. By default the models shipped beside the library.</summary>
    public string? ModelsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>A language code to use for every article instead of detecting it.</summary>
    public string? ForcedLanguage { get; init; }
}
