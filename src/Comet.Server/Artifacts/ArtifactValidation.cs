using Comet.Loading.Readers.Documents;
using Comet.Preprocessing;
using Comet.Server.Hosting;
using Comet.Server.Validation;

namespace Comet.Server.Artifacts;

/// <summary>
/// Checks a batch field by field and turns it into <see cref="NewArtifact"/>s with content hashes; a
/// requirements document becomes its items (<see cref="DocumentItemSplit"/>), as <c>comet trace</c> reads it.
/// </summary>
internal static class ArtifactValidation
{
    public const int MaxIdLength = 512;

    private static readonly ValidatedUpload Nothing = new([], [], []);

    public static ValidatedUpload Validate(
        IReadOnlyList<ArtifactRequest?>? batch, ServerOptions limits, string defaultLanguage, ValidationErrors errors)
    {
        if (batch is null || batch.Count == 0)
        {
            errors.Add("artifacts", "at least one artifact is required");
            return Nothing;
        }

        if (batch.Count > limits.MaxArtifactsPerUpload)
        {
            errors.Add("artifacts", $"{batch.Count} artifacts in one upload; the limit is {limits.MaxArtifactsPerUpload}");
            return Nothing;
        }

        var seen = new HashSet<(ArtifactRole, string)>();
        var result = new List<NewArtifact>(batch.Count);
        var documents = new List<(NewArtifact Document, RequirementFormat Format)>();
        for (var i = 0; i < batch.Count; i++)
        {
            var field = $"artifacts[{i}]";
            if (batch[i] is not { } item)
            {
                errors.Add(field, "must be an object");
                continue;
            }

            var ok = errors.Require(item.Role is not null, field + ".role", "required: source, target or intermediate");
            ok &= errors.Require(IsValidId(item.Id, out var idProblem), field + ".id", idProblem);
            ok &= errors.Require(item.Text is not null, field + ".text", "required");
            ok &= errors.Require(item.Text is null || item.Text.Length <= limits.MaxArtifactChars, field + ".text", $"longer than {limits.MaxArtifactChars} characters");
            ok &= errors.Require(item.Path is null || IsValidId(item.Path, out _), field + ".path", "must be 1-512 characters without control characters");
            var language = item.Language ?? defaultLanguage;
            ok &= errors.Require(AnalysisOptions.SupportedLanguages.Contains(language), field + ".language", $"unsupported language '{language}'");
            if (!ok)
            {
                continue;
            }

            var role = item.Role!.Value;
            if (!seen.Add((role, item.Id!)))
            {
                errors.Add(field + ".id", $"the {role.ToString().ToLowerInvariant()} id '{item.Id}' appears twice in the batch");
                continue;
            }

            var kind = item.Kind ?? ArtifactKinds.Infer(role, item.Path ?? item.Id);
            var artifact = new NewArtifact(role, item.Id!, kind, language, item.Path, item.Text!, ContentHash.Of(item.Text!));
            if (RequirementDocument.FormatOf(item.Path ?? item.Id!, item.Text!) is { } format)
            {
                documents.Add((artifact, format));
            }
            else
            {
                result.Add(artifact);
            }
        }

        return errors.Any ? Nothing : WithDocumentItems(result, documents, limits, errors);
    }

    // Items come after every plain artifact, so a file uploaded under an id keeps it and a clashing item is the one left out.
    private static ValidatedUpload WithDocumentItems(
        List<NewArtifact> plain, List<(NewArtifact Document, RequirementFormat Format)> documents, ServerOptions limits, ValidationErrors errors)
    {
        if (documents.Count == 0)
        {
            return new ValidatedUpload(plain, [], []);
        }

        var taken = plain.Select(a => (a.Role, a.Id)).ToHashSet();
        var split = new List<DocumentResponse>();
        var skipped = new List<string>();
        var all = new List<NewArtifact>(plain);
        foreach (var (document, format) in documents)
        {
            all.AddRange(DocumentItemSplit.Split(document, format, taken, split, skipped));
        }

        if (all.Count > limits.MaxArtifactsPerUpload)
        {
            errors.Add("artifacts", $"{all.Count} artifacts in one upload once its {documents.Count} requirement documents are split into their items; the limit is {limits.MaxArtifactsPerUpload}");
            return Nothing;
        }

        // A role whose every file was a document without items would otherwise keep the previous version's artifacts silently.
        foreach (var role in documents.Select(d => d.Document.Role).Distinct().Where(r => all.All(a => a.Role != r)))
        {
            errors.Add("artifacts", $"no {role.ToString().ToLowerInvariant()} is left: every one uploaded is a requirement document without items ({string.Join("; ", skipped)})");
        }

        return errors.Any ? Nothing : new ValidatedUpload(all, split, skipped);
    }

    public static bool IsValidId(string? id, out string problem)
    {
        problem = "required, 1-512 characters, no control or text-direction characters, no '..' segment, no leading or trailing spaces";
        return id is { Length: > 0 and <= MaxIdLength }
            && !id.Any(c => char.IsControl(c) || IsDirectionControl(c))
            && !id.Split('/', '\\').Contains("..")
            && !char.IsWhiteSpace(id[0])
            && !char.IsWhiteSpace(id[^1]);
    }

    // Text-direction overrides and marks make an id read differently from what it is ("Trojan Source":
    // "report\u202Etxt.exe" shows as "reportexe.txt") in the review page, logs and exports.
    private static bool IsDirectionControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
