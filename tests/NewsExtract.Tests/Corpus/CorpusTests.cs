using System.Text;
using NewsExtract.Corpus;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Corpus;

public class CorpusTests
{
    [Fact]
    public void The_shipped_corpus_has_no_annotation_errors()
    {
        var issues = new CorpusChecker(TestData.Pipeline).Check(TestData.Corpus());
        var errors = issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.ToString()).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));
        Assert.True(CorpusLayout.Find(TestData.Corpus()).Count >= 96);
    }

    [Fact]
    public void The_checker_reports_bad_offsets_labels_and_parties()
    {
        const string text = "Acme Corp. signed with Globex for $2 billion.";
        var annotation = new Annotation("en",
        [
            new GoldEntity("ORG", 0, 10, "Acme Corp.") { Name = "Acme" },
            new GoldEntity("ORG", 23, 29, "Globex") { Name = "Globex" },
            new GoldEntity("MONEY", 34, 44, "$2 billion") { Value = 3_000_000_000m, Currency = "USD" },
            new GoldEntity("ORG", 5, 12, "wrong") { Name = "X" },
            new GoldEntity("PERSON", 0, 4, "Acme"),
        ],
        [new GoldDeal("contract", "announced", [new("Acme", "customer"), new("Initech", "provider")], null, null, [], null, null)]);

        var issues = new CorpusChecker(TestData.Pipeline).CheckArticle("a.txt", new Document("a.txt", text, null, 0), annotation).ToArray();

        Assert.Contains(issues, i => i.Severity == IssueSeverity.Error && i.Message.Contains("the text at these offsets is \"Corp. s\""));
        Assert.Contains(issues, i => i.Severity == IssueSeverity.Error && i.Message.Contains("unknown entity type"));
        Assert.Contains(issues, i => i.Severity == IssueSeverity.Error && i.Message.Contains("'Initech' is not the name of any ORG span"));
        Assert.Contains(issues, i => i.Severity == IssueSeverity.Warning && i.Message.Contains("annotated 3000000000 USD , the recognizers read 2000000000 USD"));
    }

    [Fact]
    public void Doccano_export_then_import_gives_back_the_same_spans()
    {
        using var temp = new TempFolder();
        var text = "Open AI loue 4,5 gigawatts d'Oracle pour 30 milliards de dollars par an au Texas.";
        var result = TestData.Pipeline.Extract(new Document("a", text, null, 0));
        var spans = result.Entities.Select(e => new LabelledSpan(e.Start, e.End, e.Type)).ToArray();
        var jsonl = Path.Combine(temp.Path, "export.jsonl");
        using (var stream = File.Create(jsonl))
            DoccanoFormat.Write(stream, [new DoccanoFormat.Item("fr-1", text, spans)]);

        var written = new CorpusImporter(TestData.Pipeline).ImportDoccano(jsonl, Path.Combine(temp.Path, "train"));

        var article = Assert.Single(written);
        Assert.Equal(text, File.ReadAllText(article));
        var gold = AnnotationJson.Read(Path.Combine(temp.Path, "gold", "train", "fr", "fr-1.txt.json"));
        Assert.Equal(spans.Select(s => (s.Start, s.End, s.Label)), gold.Entities.Select(e => (e.Start, e.End, e.Type)));
        Assert.Equal(30_000_000_000m, gold.Entities.Single(e => e.Type == "MONEY").Value);
        Assert.Equal("OpenAI", gold.Entities.First(e => e.Type == "ORG").Name);
        Assert.DoesNotContain(new CorpusChecker(TestData.Pipeline).Check(Path.Combine(temp.Path, "train")), i => i.Severity == IssueSeverity.Error);
    }

    [Fact]
    public void Brat_export_then_import_gives_back_the_same_spans()
    {
        using var temp = new TempFolder();
        var text = "Acme Corp. agreed to acquire Zentrix Robotics Inc.\nfor $2.5 billion in Ohio.";
        var spans = TestData.Pipeline.Extract(new Document("a", text, null, 0)).Entities.Select(e => new LabelledSpan(e.Start, e.End, e.Type)).ToArray();
        var folder = Path.Combine(temp.Path, "brat");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "deal.txt"), text, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "deal.ann"), BratFormat.WriteAnnotations(text, spans) + "R1\tBuyer Arg1:T1 Arg2:T2\n");

        new CorpusImporter(TestData.Pipeline).ImportBrat(folder, Path.Combine(temp.Path, "train"));

        var gold = AnnotationJson.Read(Path.Combine(temp.Path, "gold", "train", "en", "deal.txt.json"));
        Assert.Equal(spans.Select(s => (s.Start, s.End, s.Label)), gold.Entities.Select(e => (e.Start, e.End, e.Type)));
        Assert.Contains(gold.Entities, e => e.Type == "ORG" && e.Name == "Zentrix Robotics");
    }
}
