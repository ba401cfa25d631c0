namespace NewsExtract.Text;

/// <summary>
/// A dictionary of multi-token phrases matched longest-first over tokens. An entry written with an
/// upper-case letter matches only that exact spelling ("MW", "Oracle"); an all-lower-case entry
/// matches whatever the case in the text ("milliards", "par an").
/// </summary>
public sealed class PhraseLexicon<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node _exact = new();
    private readonly Node _folded = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase already split into tokens; the first value given for a phrase wins.</summary>
    public void Add(IReadOnlyList<string> tokens, T value)
    {
        if (tokens.Count == 0)
            return;
        var caseSensitive = tokens.Any(t => t.Any(char.IsUpper));
        var node = caseSensitive ? _exact : _folded;
        foreach (var token in tokens)
        {
            var key = caseSensitive ? token : token.ToLowerInvariant();
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
                node.Children[key] = child = new Node();
            node = child;
        }
        if (node.HasValue)
            return;
        node.HasValue = true;
        node.Value = value;
        Count++;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/> and ending before <paramref name="end"/>.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int start, int end, out int length, out T value)
    {
        length = 0;
        value = default!;
        Walk(_exact, tokens, start, end, exact: true, ref length, ref value);
        Walk(_folded, tokens, start, end, exact: false, ref length, ref value);
        return length > 0;
    }

    public bool TryMatch(IReadOnlyList<Token> tokens, int start, out int length, out T value) =>
        TryMatch(tokens, start, tokens.Count, out length, out value);

    /// <summary>Whether any phrase of the lexicon occurs in the sentence.</summary>
    public bool AnyIn(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
            if (TryMatch(tokens, i, sentence.TokenEnd, out _, out _))
                return true;
        return false;
    }

    /// <summary>Whether a single token is a one-token entry.</summary>
    public bool Contains(string token) =>
        (_exact.Children?.TryGetValue(token, out var e) == true && e.HasValue)
        || (_folded.Children?.TryGetValue(token.ToLowerInvariant(), out var f) == true && f.HasValue);

    private static void Walk(Node root, IReadOnlyList<Token> tokens, int start, int end, bool exact, ref int length, ref T value)
    {
        var node = root;
        for (var i = start; i < end; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(exact ? tokens[i].Text : tokens[i].Lower, out var next))
                return;
            node = next;
            var matched = i - start + 1;
            if (node.HasValue && matched > length)
            {
                length = matched;
                value = node.Value;
            }
        }
    }
}
