using System.Text;

namespace NewsExtract.Ingestion;

/// <summary>
/// Decodes article bytes: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and when the
/// bytes are not valid UTF-8, Windows-1252 (the encoding of most legacy Western news files).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

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
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.Value.GetString(bytes);
        }
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
