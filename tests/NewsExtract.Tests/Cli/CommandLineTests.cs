using System.Text;
using NewsExtract.Cli;

namespace NewsExtract.Tests.Cli;

public class CommandLineTests
{
    private sealed record Run(int ExitCode, string Stdout, string Stderr);

    private static async Task<Run> Invoke(params string[] args)
    {
        var stdout = new MemoryStream();
        var help = new StringWriter();
        var stderr = new StringWriter();
        var code = await new CommandLine(help, () => stdout, stderr).RunAsync(args);
        return new Run(code, help + Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private const string Article = "Titre\n\nOpen AI a signé un contrat avec Oracle pour louer 4,5 gigawatts pour 30 milliards de dollars par an.";

    [Fact]
    public async Task Bad_files_are_named_on_stderr_and_the_batch_goes_on()
    {
        using var temp = new TempFolder();
        temp.File("a-good.txt", Article);
        temp.File("b-empty.txt", "");
        File.WriteAllBytes(temp.File("c-binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]);
        File.CreateSymbolicLink(temp.File("d-unreadable.txt"), Path.Combine(temp.Path, "gone.txt"));
        temp.File("e-good.txt", Article);
        var missing = Path.Combine(temp.Path, "missing");

        var run = await Invoke("extract", temp.Path, missing);

        Assert.Equal(CommandLine.SomeFilesFailed, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"source\":\"a-good.txt\"", lines[0]);
        Assert.Contains("\"source\":\"e-good.txt\"", lines[1]);
        Assert.Contains("b-empty.txt: empty file", run.Stderr);
        Assert.Contains("c-binary.txt: binary file", run.Stderr);
        Assert.Contains("d-unreadable.txt: cannot read file", run.Stderr);
        Assert.Contains("missing: no such file or directory", run.Stderr);
    }

    [Fact]
    public async Task A_good_batch_exits_zero_and_writes_the_file_whole()
    {
        using var temp = new TempFolder();
        temp.File("in/a.txt", Article);
        var output = Path.Combine(temp.Path, "facts.csv");

        var run = await Invoke("extract", Path.Combine(temp.Path, "in"), "-o", output);

        Assert.Equal(CommandLine.Success, run.ExitCode);
        var csv = File.ReadAllText(output);
        Assert.StartsWith("source,language,title", csv.TrimStart('\uFEFF'));
        Assert.Contains("OpenAI (customer); Oracle (provider)", csv);
        Assert.Equal(["facts.csv", "in"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task An_interrupted_run_leaves_no_output_file()
    {
        using var temp = new TempFolder();
        temp.File("in/a.txt", Article);
        var output = Path.Combine(temp.Path, "facts.jsonl");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var code = await new CommandLine(new StringWriter(), () => stdout, stderr)
            .RunAsync(["extract", Path.Combine(temp.Path, "in"), "-o", output], cancelled.Token);

        Assert.Equal(CommandLine.Interrupted, code);
        Assert.Equal(["in"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "x", "--format", "xml")]
    [InlineData("extract", "x", "--lang", "de")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_with_two(params string[] args)
    {
        var run = await Invoke(args);
        Assert.Equal(CommandLine.UsageError, run.ExitCode);
        Assert.StartsWith("newsextract: ", run.Stderr);
    }

    [Fact]
    public async Task Help_describes_the_extract_command()
    {
        var run = await Invoke("extract", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--output", "--format", "--lang", "--delimiter", "--jobs" })
            Assert.Contains(option, run.Stdout);
    }

    [Fact]
    public async Task Output_bytes_do_not_depend_on_the_number_of_threads()
    {
        var samples = TestData.Corpus("samples");
        var one = await Invoke("extract", samples, "--jobs", "1");
        var four = await Invoke("extract", samples, "--jobs", "4");
        Assert.Equal(CommandLine.Success, one.ExitCode);
        Assert.Equal(one.Stdout, four.Stdout);
        Assert.Equal(10, one.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
