using System.Text;

namespace NewsExtract.Ingestion;

/// <summary>
/// Decodes article bytes: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and when the
/// bytes are not valid UTF-8, Windows-1252 (the encoding of most legacy Western news files) or
/// ISO-8859-15 when the bytes say so.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1252 = new(() => CodePage(DecoderFallback.ReplacementFallback));
    private static readonly Lazy<Encoding> StrictWindows1252 = new(() => CodePage(DecoderFallback.ExceptionFallback));
    private static readonly Lazy<Encoding> Latin9 = new(() => CodePage(DecoderFallback.ReplacementFallback, 28605));

    private static Encoding CodePage(DecoderFallback fallback, int codePage = 1252)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, fallback);
    }

    public static string Decode(byte[] bytes)
    {
        if (bytes.Length == 0)
            throw new IngestionException("empty file");
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
            return StrictDecode(StrictUtf8, bytes, 3, "UTF-8");
        if (bytes is [0xFF, 0xFE, ..])
            return StrictDecode(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2, "UTF-16 LE");
        if (bytes is [0xFE, 0xFF, ..])
            return StrictDecode(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2, "UTF-16 BE");
        if (LooksBinary(bytes))
            throw new IngestionException("binary file: contains NUL or control bytes, not text");
        try
        {
            return RepairMojibake(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return (LooksLikeLatin9(bytes) ? Latin9.Value : Windows1252.Value).GetString(bytes);
        }
    }

    /// <summary>
    /// ISO-8859-15 and Windows-1252 share most bytes; 8859-15 has no printable characters at 0x80-0x9F
    /// (where Windows-1252 keeps ’ “ ” € …) and puts € at 0xA4. A text with none of the first and some
    /// of the second is 8859-15 (ISO-8859-1 text reads the same either way).
    /// </summary>
    private static bool LooksLikeLatin9(byte[] bytes) =>
        !bytes.Any(b => b is >= 0x80 and <= 0x9F) && bytes.Contains((byte)0xA4);

    /// <summary>
    /// UTF-8 text that went once through a Windows-1252 decoder shows "Ã©" for "é". When the whole text
    /// encodes back to Windows-1252 and those bytes are valid UTF-8 with fewer such pairs, the repair is
    /// unambiguous; otherwise the text is left as it is.
    /// </summary>
    public static string RepairMojibake(string text)
    {
        var suspicious = MojibakePairs(text);
        if (suspicious == 0)
            return text;
        try
        {
            var repaired = StrictUtf8.GetString(StrictWindows1252.Value.GetBytes(text));
            return MojibakePairs(repaired) < suspicious ? repaired : text;
        }
        catch (Exception e) when (e is EncoderFallbackException or DecoderFallbackException)
        {
            return text;
        }
    }

    // "Ã" or "Â" followed by a character of the Latin-1 upper half: how a UTF-8 lead byte looks in Windows-1252.
    private static int MojibakePairs(string text)
    {
        var count = 0;
        for (var i = 0; i + 1 < text.Length; i++)
            if (text[i] is 'Ã' or 'Â' && (text[i + 1] >= '\u0080' && text[i + 1] <= '\u00BF' || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".Contains(text[i + 1])))
                count++;
        return count;
    }

    private static string StrictDecode(Encoding encoding, byte[] bytes, int skip, string name)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            throw new IngestionException($"invalid {name}: bytes do not decode despite the byte order mark", e);
        }
    }

    // Text never holds NUL, and rarely control characters other than tab, CR, LF and form feed.
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
                return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
                controls++;
        }
        return controls * 100 > sample.Length;
    }
}
