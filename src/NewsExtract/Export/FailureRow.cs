using CsvHelper.Configuration.Attributes;
using NewsExtract.Ingestion;

namespace NewsExtract.Export;

/// <summary>A file or article that could not be read, as a row of the errors report.</summary>
public sealed class FailureRow
{
    [Name("path"), Index(0)] public string Path { get; init; } = "";
    [Name("reason"), Index(1)] public string Reason { get; init; } = "";
    [Name("detail"), Index(2)] public string Detail { get; init; } = "";

    /// <summary>The reason is the message's lead ("malformed JSON"), the detail the rest.</summary>
    public static FailureRow From(ReadFailure failure)
    {
        var cut = failure.Reason.IndexOf(':');
        return cut < 0
            ? new FailureRow { Path = failure.Source, Reason = failure.Reason }
            : new FailureRow { Path = failure.Source, Reason = failure.Reason[..cut], Detail = failure.Reason[(cut + 1)..].Trim() };
    }
}
