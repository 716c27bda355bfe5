using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Comet.Preprocessing.Caching;

/// <summary>
/// Analysed term lists on disk, keyed by the exact text and the analysis chain that produced them
/// (<c>root/analysis/...</c>, a <see cref="ContentStore"/>), so a warm trace analyses only the files
/// whose text changed (issue 20). Safe for concurrent processes and safe to delete, as the store is.
/// </summary>
/// <remarks>
/// The chain's identity is its options plus the module version id of this assembly and the versions of
/// the Lucene assemblies: this build is deterministic, so the id changes exactly when the analysis
/// code (or anything else in Comet.Preprocessing) changes, and a stale list is never read after an
/// upgrade. Terms are letter runs, so '\n' never occurs inside one and separates them.
/// </remarks>
public sealed class TermListCache
{
    private readonly ContentStore _store;
    private readonly string _chain;

    public TermListCache(string root, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = new ContentStore(root, "analysis");
        _chain = ChainIdentity(options);
    }

    /// <summary>The terms of <paramref name="text"/> as the chain gave them before, or null.</summary>
    public IReadOnlyList<string>? TryGet(string text) => Decode(_store.TryGet(Key(text)));

    public void Put(string text, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _store.Put(Key(text), Encode(terms));
    }

    internal static byte[] Encode(IReadOnlyList<string> terms)
    {
        var joined = Encoding.UTF8.GetBytes(string.Join('\n', terms));
        var bytes = new byte[4 + joined.Length];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, terms.Count);
        joined.CopyTo(bytes.AsSpan(4));
        return bytes;
    }

    internal static IReadOnlyList<string>? Decode(byte[]? bytes)
    {
        if (bytes is null || bytes.Length < 4)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        if (count == 0)
        {
            return bytes.Length == 4 ? [] : null;
        }

        var terms = Encoding.UTF8.GetString(bytes, 4, bytes.Length - 4).Split('\n');
        return terms.Length == count ? terms : null;
    }

    private string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _chain + "\0" + text;
    }

    private static string ChainIdentity(AnalysisOptions options) => string.Join(
        '|',
        "terms-v1",
        typeof(TermListCache).Module.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture),
        typeof(Analyzer).Assembly.GetName().Version?.ToString() ?? "",
        typeof(WordDelimiterFilter).Assembly.GetName().Version?.ToString() ?? "",
        string.Join(',', options.Languages),
        options.RemoveCodeKeywords ? "keywords-out" : "keywords-in",
        options.Stem ? "stem" : "no-stem",
        options.MinTokenLength.ToString(CultureInfo.InvariantCulture));
}
