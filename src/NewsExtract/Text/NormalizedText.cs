namespace NewsExtract.Text;

/// <summary>
/// Text after normalisation, with a map from every normalised character back to the original
/// character range that produced it, so spans found on the normalised text keep original offsets.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    internal NormalizedText(string original, string value, int[] originalStart, int[] originalEnd)
    {
        Original = original;
        Value = value;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
    }

    public string Original { get; }
    public string Value { get; }

    /// <summary>Maps the normalised range [start, end) to the original range it came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            var at = start < Value.Length ? _originalStart[start] : Original.Length;
            return (at, at);
        }
        return (_originalStart[start], _originalEnd[end - 1]);
    }
}
