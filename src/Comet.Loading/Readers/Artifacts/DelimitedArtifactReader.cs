using Comet.Core;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Artifacts;

/// <summary>
/// CSV/TSV/space-separated rows: an id column plus text columns; quoted fields may span lines.
/// <see cref="ArtifactReaderManifest.IdIsFirstWord"/> covers rows such as
/// <c>R2.4.0(1) temperature range. ...</c> where id and text share one column.
/// </summary>
internal static class DelimitedArtifactReader
{
    public static IEnumerable<RawArtifact> Read(ArtifactReaderManifest spec, DatasetFolder folder)
    {
        var path = folder.ResolveFile(spec.Path);
        var origin = folder.RelativePath(path);
        var delimiter = ParseDelimiter(spec.Delimiter, path);
        var records = DelimitedTextParser.Parse(TextFiles.ReadText(path), delimiter, spec.MaxFields)
            .Where(r => !r.IsBlank)
            .Skip(spec.Header ? 1 : 0);
        foreach (var record in records)
        {
            var idField = record.Field(spec.IdColumn).Trim();
            var rest = string.Empty;
            if (spec.IdIsFirstWord)
            {
                var space = idField.IndexOfAny([' ', '\t']);
                (idField, rest) = space < 0 ? (idField, string.Empty) : (idField[..space], idField[(space + 1)..].Trim());
            }

            if (idField.Length == 0)
            {
                throw new CometInputException($"empty id in {path} line {record.Line}");
            }

            var parts = spec.TextColumns
                .Select(c => c == spec.IdColumn ? rest : record.Field(c).Trim())
                .Where(p => p.Length > 0);
            yield return new RawArtifact(idField, string.Join('\n', parts), origin);
        }
    }

    private static char ParseDelimiter(string delimiter, string path) => delimiter switch
    {
        "tab" or "\t" => '\t',
        "space" or " " => ' ',
        { Length: 1 } => delimiter[0],
        _ => throw new CometInputException($"delimiter must be one character, got '{delimiter}' for {path}"),
    };
}
