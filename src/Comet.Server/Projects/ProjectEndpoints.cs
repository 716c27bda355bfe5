using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comet.Server.Projects;

/// <summary>/projects: create, list, read, and change settings.</summary>
internal static class ProjectEndpoints
{
    public static IEndpointRouteBuilder MapProjectEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/projects").WithTags("Projects");
        group.MapGet("/", List).WithSummary("Projects this key opens.");
        group.MapPost("/", Create).WithSummary("Create a project (admin key of that project id, or an operator key).");
        group.MapGet("/{projectId}", Get).RequireScope(ApiScope.Read).WithSummary("A project and its settings.");
        group.MapPut("/{projectId}/settings", UpdateSettings).RequireScope(ApiScope.Admin).WithSummary("Change settings; missing fields keep their value.");
        return app;
    }

    private static Ok<IReadOnlyList<ProjectResponse>> List(HttpContext context, ProjectStore projects)
    {
        var key = CallerKey.Get(context);
        return TypedResults.Ok(projects.List(key.ProjectId == ApiKey.AllProjects ? null : key.ProjectId));
    }

    private static Results<Created<ProjectResponse>, ValidationProblem, ProblemHttpResult> Create(
        CreateProjectRequest request, HttpContext context, ProjectStore projects, ILoggerFactory logs)
    {
        var errors = new ValidationErrors();
        errors.Require(ProjectValidation.IsValidId(request.Id), "id", "required: 1-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit");
        errors.Require(request.Name is null || (request.Name.Length is > 0 and <= 200 && !request.Name.Any(char.IsControl)), "name", "1-200 characters without control characters");
        var settings = ProjectValidation.Merge(ProjectSettings.Default, request.Settings, errors, "settings.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!CallerKey.Get(context).Allows(request.Id!, ApiScope.Admin))
        {
            return Problems.Forbidden($"Creating project '{request.Id}' needs an admin key of that project.");
        }

        var created = projects.Create(request.Id!, request.Name ?? request.Id!, settings);
        if (created is null)
        {
            return Problems.Conflict($"Project '{request.Id}' exists already.");
        }

        logs.CreateLogger(typeof(ProjectEndpoints)).LogInformation("Project {ProjectId} created", created.Id);
        return TypedResults.Created($"/projects/{created.Id}", created);
    }

    private static Ok<ProjectResponse> Get(string projectId, ProjectStore projects) =>
        TypedResults.Ok(projects.Find(projectId)!);

    private static Results<Ok<ProjectResponse>, ValidationProblem> UpdateSettings(string projectId, ProjectSettingsRequest request, ProjectStore projects)
    {
        var errors = new ValidationErrors();
        var settings = ProjectValidation.Merge(projects.Find(projectId)!.Settings, request, errors, string.Empty);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        projects.UpdateSettings(projectId, settings);
        return TypedResults.Ok(projects.Find(projectId)!);
    }
}
