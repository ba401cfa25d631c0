using System.Text;

namespace NewsExtract.Text;

/// <summary>
/// Folds typographic variants that carry no meaning for extraction (curly apostrophes, no-break spaces,
/// ligatures, soft hyphens, CRLF) while recording where each output character came from.
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        var builder = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);

        void Emit(string s, int from, int to)
        {
            foreach (var c in s)
            {
                builder.Append(c);
                starts.Add(from);
                ends.Add(to);
            }
        }

        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            switch (c)
            {
                case '\r' when i + 1 < original.Length && original[i + 1] == '\n':
                    break; // the following '\n' stands for the pair
                case '\r':
                    Emit("\n", i, i + 1);
                    break;
                case '\u2019' or '\u2018' or '\u201B' or '\u2032' or '\u02BC':
                    Emit("'", i, i + 1);
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u2033':
                    Emit("\"", i, i + 1);
                    break;
                case '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u200A' or '\u2002' or '\u2003':
                    Emit(" ", i, i + 1);
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    break; // invisible: soft hyphen, zero-width characters, stray BOM
                case '\u2011':
                    Emit("-", i, i + 1);
                    break;
                case '\u0153': Emit("oe", i, i + 1); break;
                case '\u0152': Emit("OE", i, i + 1); break;
                case '\u00E6': Emit("ae", i, i + 1); break;
                case '\u00C6': Emit("AE", i, i + 1); break;
                case '\uFB00': Emit("ff", i, i + 1); break;
                case '\uFB01': Emit("fi", i, i + 1); break;
                case '\uFB02': Emit("fl", i, i + 1); break;
                case '\uFB03': Emit("ffi", i, i + 1); break;
                case '\uFB04': Emit("ffl", i, i + 1); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
                    {
                        Emit(original.Substring(i, 2), i, i + 2);
                        i++;
                    }
                    else
                    {
                        Emit(c.ToString(), i, i + 1);
                    }
                    break;
            }
        }
        return new NormalizedText(original, builder.ToString(), starts.ToArray(), ends.ToArray());
    }
}
