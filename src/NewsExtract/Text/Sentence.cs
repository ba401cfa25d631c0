namespace NewsExtract.Text;

/// <summary>A sentence: tokens [TokenStart, TokenEnd) of its document, and its original-text range.</summary>
public sealed record Sentence(int Index, int TokenStart, int TokenEnd, int Start, int End)
{
    public int TokenCount => TokenEnd - TokenStart;
}
