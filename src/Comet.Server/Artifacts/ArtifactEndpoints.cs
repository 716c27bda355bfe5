using Comet.Server.Hosting;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Comet.Server.Artifacts;

/// <summary>Uploads (JSON batch or zip of folders), each making a new version, and reading versions back.</summary>
internal static class ArtifactEndpoints
{
    // A zip with thousands of ignored files would otherwise list them all in the answer.
    private const int MaxSkippedListed = 100;

    public static IEndpointRouteBuilder MapArtifactEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/projects/{projectId}").WithTags("Artifacts");
        group.MapPost("/artifacts", UploadBatch).RequireScope(ApiScope.Write).WithSummary("Upload a JSON batch; it becomes a new version.");
        group.MapPost("/artifacts/zip", UploadZip).RequireScope(ApiScope.Write).Accepts<Stream>("application/zip")
            .WithSummary("Upload a zip with sources/, targets/ and intermediates/ (or tests/) folders; it becomes a new version.");
        group.MapGet("/artifacts", List).RequireScope(ApiScope.Read).WithSummary("Artifacts of a version (default: the latest), without text.");
        group.MapGet("/artifacts/text", GetText).RequireScope(ApiScope.Read).WithSummary("One artifact with its text.");
        group.MapGet("/versions", Versions).RequireScope(ApiScope.Read).WithSummary("Every version with its added/changed/unchanged/removed counts.");
        return app;
    }

    private static Results<Created<VersionResponse>, ValidationProblem, ProblemHttpResult> UploadBatch(
        string projectId, UploadArtifactsRequest request, ProjectStore projects, VersionWriter versions, ArtifactStore artifacts, IOptions<ServerOptions> options)
    {
        var errors = new ValidationErrors();
        var language = projects.Find(projectId)!.Settings.Languages[0];
        var upload = ArtifactValidation.Validate(request.Artifacts, options.Value, language, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (OverQuota(projectId, upload.Artifacts, artifacts, options.Value) is { } full)
        {
            return full;
        }

        var version = WithLeftOut(versions.CreateVersion(projectId, upload.Artifacts), upload, zipSkipped: null);
        return TypedResults.Created($"/projects/{projectId}/versions", version);
    }

    // Counted generously (every uploaded text, also one stored already): the quota is a guard, not a bill.
    private static ProblemHttpResult? OverQuota(string projectId, IReadOnlyList<NewArtifact> batch, ArtifactStore artifacts, ServerOptions options)
    {
        var adding = batch.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        var stored = artifacts.StoredTextBytes(projectId);
        return stored + adding > options.MaxProjectTextBytes
            ? Problems.InsufficientStorage($"Project '{projectId}' stores {stored:N0} bytes of text; this upload of {adding:N0} more would pass its quota of {options.MaxProjectTextBytes:N0} (MaxProjectTextBytes).")
            : null;
    }

    private static async Task<Results<Created<VersionResponse>, ValidationProblem, ProblemHttpResult>> UploadZip(
        string projectId, HttpRequest request, ProjectStore projects, VersionWriter versions, ArtifactStore artifacts, IOptions<ServerOptions> options)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        body.Position = 0;
        ZipArtifactReader.Contents contents;
        try
        {
            contents = new ZipArtifactReader(options.Value).Read(body);
        }
        catch (ZipRejectedException e)
        {
            return e.TooLarge ? Problems.TooLarge(e.Message) : Problems.BadRequest(e.Message);
        }

        var errors = new ValidationErrors();
        var language = projects.Find(projectId)!.Settings.Languages[0];
        var upload = ArtifactValidation.Validate(contents.Artifacts, options.Value, language, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (OverQuota(projectId, upload.Artifacts, artifacts, options.Value) is { } full)
        {
            return full;
        }

        var version = WithLeftOut(versions.CreateVersion(projectId, upload.Artifacts), upload, contents.Skipped);
        return TypedResults.Created($"/projects/{projectId}/versions", version);
    }

    // What the upload held but the version does not store as sent: the documents split into items, and
    // what was left out (listed up to a bound; a JSON batch without anything left out lists nothing).
    private static VersionResponse WithLeftOut(VersionResponse version, ValidatedUpload upload, IReadOnlyList<string>? zipSkipped)
    {
        IReadOnlyList<string> all = [.. zipSkipped ?? [], .. upload.Skipped];
        var skipped = all.Count <= MaxSkippedListed ? all : [.. all.Take(MaxSkippedListed), $"... and {all.Count - MaxSkippedListed} more"];
        return version with
        {
            Skipped = zipSkipped is null && all.Count == 0 ? null : skipped,
            Documents = upload.Documents.Count > 0 ? upload.Documents : null,
        };
    }

    private static Results<Ok<Page<ArtifactResponse>>, ValidationProblem, ProblemHttpResult> List(
        string projectId, int? version, string? role, int? offset, int? limit, ArtifactStore artifacts, IOptions<ServerOptions> options)
    {
        var errors = new ValidationErrors();
        var (o, l) = Paging.Check(offset, limit, options.Value.MaxPageSize, errors);
        ArtifactRole? roleFilter = null;
        if (role is not null)
        {
            errors.Require(RoleNames.TryParse(role, out var parsed), "role", "source, target or intermediate");
            roleFilter = parsed;
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (ResolveVersion(projectId, version, artifacts) is not { } number)
        {
            return Problems.NotFound($"Project '{projectId}' has no version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "yet"}.");
        }

        var all = artifacts.Artifacts(projectId, number, roleFilter, withText: false);
        return TypedResults.Ok(new Page<ArtifactResponse>(all.Count, o, l, [.. all.Skip(o).Take(l)]));
    }

    private static Results<Ok<ArtifactResponse>, ValidationProblem, ProblemHttpResult> GetText(
        string projectId, string? role, string? id, int? version, ArtifactStore artifacts)
    {
        var errors = new ValidationErrors();
        errors.Require(RoleNames.TryParse(role, out var parsed), "role", "required: source, target or intermediate");
        errors.Require(!string.IsNullOrEmpty(id), "id", "required");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var number = ResolveVersion(projectId, version, artifacts);
        var artifact = number is null ? null : artifacts.Find(projectId, number.Value, parsed, id!);
        return artifact is null ? Problems.NotFound($"No {role} '{id}' in that version.") : TypedResults.Ok(artifact);
    }

    private static Ok<IReadOnlyList<VersionResponse>> Versions(string projectId, ArtifactStore artifacts) =>
        TypedResults.Ok(artifacts.ListVersions(projectId));

    private static int? ResolveVersion(string projectId, int? requested, ArtifactStore artifacts)
    {
        var latest = artifacts.LatestVersion(projectId);
        var number = requested ?? latest;
        return number >= 1 && number <= latest ? number : null;
    }
}
