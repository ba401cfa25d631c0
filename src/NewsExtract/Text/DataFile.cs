using System.Text;

namespace NewsExtract.Text;

/// <summary>Reads the tab-separated language data files: '#' starts a comment line, blank lines are ignored.</summary>
public static class DataFile
{
    public static IEnumerable<string[]> ReadRows(string path, int minColumns)
    {
        if (!File.Exists(path))
            yield break;
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var columns = line.Split('\t');
            if (columns.Length < minColumns)
                throw new InvalidDataException($"{path}:{lineNumber}: expected {minColumns} tab-separated columns, found {columns.Length}");
            yield return columns;
        }
    }

    public static IEnumerable<string> ReadLines(string path) => ReadRows(path, 1).Select(r => r[0]);
}
