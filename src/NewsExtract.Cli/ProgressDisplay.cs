using NewsExtract.Ingestion;
using Spectre.Console;

namespace NewsExtract.Cli;

/// <summary>
/// A live progress line on stderr (files done, articles per second, time left) when stderr is a terminal;
/// nothing at all otherwise, so logs and pipes get no escape codes.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private readonly IAnsiConsole _console;
    private readonly int _total;
    private DateTime _lastDraw = DateTime.MinValue;

    private ProgressDisplay(IAnsiConsole console, int total)
    {
        _console = console;
        _total = total;
    }

    public static ProgressDisplay? TryStart(TextWriter error, IEnumerable<string> paths)
    {
        if (!ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
            return null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var total = new InputWalker(ArticleLoader.Default).Walk(paths).Count();
        return new ProgressDisplay(console, total);
    }

    public void Update(BatchSummary summary)
    {
        if (DateTime.UtcNow - _lastDraw < TimeSpan.FromMilliseconds(200) && summary.Files < _total)
            return;
        _lastDraw = DateTime.UtcNow;
        var rate = summary.Files / Math.Max(summary.Elapsed.TotalSeconds, 1e-3);
        var left = rate > 0 ? TimeSpan.FromSeconds((_total - summary.Files) / rate) : TimeSpan.Zero;
        var width = 30;
        var done = _total == 0 ? width : Math.Min(width, summary.Files * width / _total);
        _console.Write(new Markup(
            $"\r[green]{new string('━', done)}[/][grey]{new string('━', width - done)}[/] {summary.Files}/{_total} files, " +
            $"{summary.ArticlesPerSecond:0} articles/s, {left:hh\\:mm\\:ss} left   "));
    }

    public void Dispose() => _console.Write(new Spectre.Console.Text("\r" + new string(' ', 100) + "\r"));
}
