namespace Comet.Measures.Structure;

/// <summary>
/// Whether an artifact is source code, by its file extension or, for files without a code extension
/// (benchmarks often keep code as .txt), by its lines: prose rarely ends a third of its lines with
/// ';', '{', '}' or ')'. Only code files take part in the code graph, so a requirements document
/// that says "class Patient" never becomes a node.
/// </summary>
internal static class CodeFileKind
{
    private static readonly HashSet<string> CodeExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".java", ".cs", ".py", ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".c", ".h", ".cc", ".cpp", ".cxx",
        ".hpp", ".hh", ".hxx", ".jsp", ".kt", ".scala", ".go", ".php",
    };

    private const int MinCodeLines = 3;
    private const double CodeLineShare = 0.3;

    public static bool IsCode(string? path, string text)
    {
        var extension = Path.GetExtension(path ?? string.Empty);
        if (CodeExtensions.Contains(extension))
        {
            return true;
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();
        var codeLike = lines.Count(l => l[^1] is ';' or '{' or '}' or ')');
        return codeLike >= MinCodeLines && codeLike >= CodeLineShare * lines.Length;
    }

    /// <summary>The file's name without folders and extension, lower case ("src/est_client.c" gives "est_client").</summary>
    public static string Stem(string pathOrId)
    {
        var name = pathOrId.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return (dot > 0 ? name[..dot] : name).ToLowerInvariant();
    }
}
