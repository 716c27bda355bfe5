using System.Text.Json;
using Comet.Server.Hosting;
using Comet.Server.Projects;
using System.Data.Common;

namespace Comet.Server.Persistence;

/// <summary>Projects and their settings.</summary>
internal sealed class ProjectStore(Database database, TimeProvider clock)
{
    private const string Select = """
        SELECT p.id, p.name, p.settings, p.created_at, p.updated_at,
               (SELECT COALESCE(MAX(number), 0) FROM versions v WHERE v.project_id = p.id)
        FROM projects p
        """;

    /// <returns>The new project, or null when the id is taken.</returns>
    public ProjectResponse? Create(string id, string name, ProjectSettings settings)
    {
        var now = Times.Format(clock.GetUtcNow());
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO projects (id, name, settings, created_at, updated_at) VALUES (@id, @name, @settings, @at, @at)
            ON CONFLICT (id) DO NOTHING
            """;
        command.AddParameter("@id", id);
        command.AddParameter("@name", name);
        command.AddParameter("@settings", JsonSerializer.Serialize(settings, CometJson.Options));
        command.AddParameter("@at", now);
        return command.ExecuteNonQuery() == 1 ? Find(id) : null;
    }

    public ProjectResponse? Find(string id)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Select + " WHERE p.id = @id";
        command.AddParameter("@id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public bool Exists(string id)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM projects WHERE id = @id";
        command.AddParameter("@id", id);
        return command.ExecuteScalar() is not null;
    }

    /// <param name="only">A single project id, or null for every project.</param>
    public IReadOnlyList<ProjectResponse> List(string? only)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Select + " WHERE CAST(@only AS TEXT) IS NULL OR p.id = @only ORDER BY p.id";
        command.AddParameter("@only", (object?)only ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var projects = new List<ProjectResponse>();
        while (reader.Read())
        {
            projects.Add(Read(reader));
        }

        return projects;
    }

    public void UpdateSettings(string id, ProjectSettings settings)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE projects SET settings = @settings, updated_at = @at WHERE id = @id";
        command.AddParameter("@id", id);
        command.AddParameter("@settings", JsonSerializer.Serialize(settings, CometJson.Options));
        command.AddParameter("@at", Times.Format(clock.GetUtcNow()));
        command.ExecuteNonQuery();
    }

    private static ProjectResponse Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        JsonSerializer.Deserialize<ProjectSettings>(reader.GetString(2), CometJson.Options)!,
        reader.GetInt(5),
        Times.Parse(reader.GetString(3)),
        Times.Parse(reader.GetString(4)));
}
