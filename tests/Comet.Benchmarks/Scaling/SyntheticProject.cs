using System.Text;

namespace Comet.Benchmarks.Scaling;

/// <summary>
/// Synthetic projects made of the benchmark texts: requirements are a few sentences drawn from the
/// benchmarks' text files, code files are runs of consecutive lines drawn from their source files
/// (Java, C, JSP, JS), so identifiers co-occur as in real code. Each code file also gets a made-up
/// class name of its own, so the vocabulary keeps growing with the project as real ones do (recombined
/// lines alone would stop adding terms after a few thousand files and flatter the measures).
/// </summary>
internal sealed class SyntheticProject
{
    private static readonly string[] CodeExtensions = [".java", ".c", ".h", ".jsp", ".js"];

    private readonly string[][] _codeFiles;
    private readonly string[] _sentences;

    private SyntheticProject(string[][] codeFiles, string[] sentences)
    {
        _codeFiles = codeFiles;
        _sentences = sentences;
    }

    public int CodeFileCount => _codeFiles.Length;

    public int SentenceCount => _sentences.Length;

    /// <summary>Reads the text pools from the benchmark folder (read only).</summary>
    public static SyntheticProject Load(string dataFolder)
    {
        var files = Directory.EnumerateFiles(dataFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var code = files.Where(f => CodeExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                        .Select(f => File.ReadAllLines(f).Where(l => l.Trim().Length > 0).ToArray())
                        .Where(lines => lines.Length >= 10)
                        .ToArray();
        var sentences = files.Where(f => Path.GetExtension(f).Equals(".txt", StringComparison.OrdinalIgnoreCase))
                             .SelectMany(f => File.ReadAllText(f).Split(['.', '\n'], StringSplitOptions.TrimEntries))
                             .Where(s => s.Length is >= 30 and <= 300 && s.Count(char.IsLetter) > s.Length / 2)
                             .ToArray();
        if (code.Length == 0 || sentences.Length == 0)
        {
            throw new InvalidOperationException($"no code files or no sentences under {dataFolder}");
        }

        return new SyntheticProject(code, sentences);
    }

    /// <summary>Writes <paramref name="sources"/> requirement files and <paramref name="targets"/> code files under <paramref name="folder"/>.</summary>
    public void Write(string folder, int sources, int targets, int seed)
    {
        var random = new Random(seed);
        var requirements = Directory.CreateDirectory(Path.Combine(folder, "requirements")).FullName;
        var code = Directory.CreateDirectory(Path.Combine(folder, "code")).FullName;
        for (var i = 0; i < sources; i++)
        {
            var text = string.Join(". ", Enumerable.Range(0, random.Next(3, 9)).Select(_ => _sentences[random.Next(_sentences.Length)]));
            File.WriteAllText(Path.Combine(requirements, $"REQ-{i:D4}.txt"), text + ".\n");
        }

        for (var i = 0; i < targets; i++)
        {
            var text = new StringBuilder();
            var name = PseudoWord(random) + PseudoWord(random);
            text.Append("public class ").Append(char.ToUpperInvariant(name[0])).Append(name[1..]).Append(" {\n");
            for (var chunk = random.Next(3, 8); chunk > 0; chunk--)
            {
                var lines = _codeFiles[random.Next(_codeFiles.Length)];
                var length = Math.Min(lines.Length, random.Next(5, 15));
                var start = random.Next(lines.Length - length + 1);
                for (var l = start; l < start + length; l++)
                {
                    text.Append(lines[l]).Append('\n');
                }
            }

            text.Append("}\n");
            File.WriteAllText(Path.Combine(code, $"File{i:D6}.java"), text.ToString());
        }
    }

    /// <summary>
    /// A developer's edit to one code file (the middle one): a run of 5-15 lines from the pools inserted
    /// before its closing brace, so its last chunks change and the others keep their text. Returns the
    /// file's path.
    /// </summary>
    public string ChangeOneFile(string folder, int targets, int seed)
    {
        var random = new Random(seed + 1);
        var path = Path.Combine(folder, "code", $"File{targets / 2:D6}.java");
        var text = File.ReadAllText(path);
        var closing = text.LastIndexOf('}');
        var lines = _codeFiles[random.Next(_codeFiles.Length)];
        var length = Math.Min(lines.Length, random.Next(5, 15));
        var start = random.Next(lines.Length - length + 1);
        var added = string.Concat(lines.Skip(start).Take(length).Select(l => l + "\n"));
        File.WriteAllText(path, text[..closing] + added + text[closing..]);
        return path;
    }

    /// <summary>A pronounceable made-up word (consonant-vowel pairs), so it survives stop-word and number filters.</summary>
    private static string PseudoWord(Random random)
    {
        const string consonants = "bcdfghjklmnprstvz";
        const string vowels = "aeiou";
        var word = new StringBuilder();
        for (var k = random.Next(2, 4); k > 0; k--)
        {
            word.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
        }

        return word.ToString();
    }
}
