using Comet.Loading.Readers.Documents;

namespace Comet.Server.Artifacts;

/// <summary>
/// An uploaded requirements document (OpenFastTrace Markdown, StrictDoc .sdoc, TRLC .trlc) becomes one
/// artifact per item under the item's own id, as <c>comet trace</c> reads the same file from a folder: a
/// specification uploaded by the Jenkins step is then traced, reviewed and gated requirement by requirement,
/// not as one document. What cannot become an artifact (an item without text, an id the service refuses or
/// one the upload already has) is left out and said, never an error: one bad item must not stop a build.
/// </summary>
internal static class DocumentItemSplit
{
    /// <summary>The document's items as artifacts; <paramref name="taken"/> holds the ids in use in the role and grows.</summary>
    public static IReadOnlyList<NewArtifact> Split(
        NewArtifact document, RequirementFormat format, ISet<(ArtifactRole, string)> taken, List<DocumentResponse> documents, List<string> skipped)
    {
        var path = document.OriginPath ?? document.Id;
        var role = document.Role.ToString().ToLowerInvariant();
        var items = RequirementDocument.Items(format, document.Text);
        var result = new List<NewArtifact>(items.Count);
        foreach (var item in items)
        {
            var at = $"{role} {path}#{item.Id}";
            if (item.Text.Length == 0)
            {
                skipped.Add(at + ": item without text");
            }
            else if (!ArtifactValidation.IsValidId(item.Id, out var problem))
            {
                skipped.Add(at + ": its id cannot be an artifact id (" + problem + ")");
            }
            else if (!taken.Add((document.Role, item.Id)))
            {
                skipped.Add(at + ": an earlier item or artifact has this id");
            }
            else
            {
                result.Add(document with { Id = item.Id, OriginPath = path, Text = item.Text, Hash = ContentHash.Of(item.Text) });
            }
        }

        documents.Add(new DocumentResponse(document.Role, path, RequirementDocument.Name(format), result.Count));
        if (result.Count == 0)
        {
            skipped.Add($"{role} {path}: a {RequirementDocument.Name(format)} document with no item that has text");
        }

        return result;
    }
}
