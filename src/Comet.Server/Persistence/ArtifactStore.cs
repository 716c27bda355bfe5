using Comet.Core.Artifacts;
using Comet.Server.Artifacts;
using System.Data.Common;

namespace Comet.Server.Persistence;

/// <summary>
/// Reads versions of a project's artifacts (written by <see cref="VersionWriter"/>). Texts are stored
/// once per content hash; a version lists which artifact (role, id) has which hash.
/// </summary>
internal sealed class ArtifactStore(Database database)
{
    internal const string Columns = "role, artifact_id, kind, language, origin_path, hash";

    public IReadOnlyList<VersionResponse> ListVersions(string projectId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT number, created_at, added, changed, unchanged, removed FROM versions WHERE project_id = @p ORDER BY number";
        command.AddParameter("@p", projectId);
        var rows = new List<(int, string, int, int, int, int)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt(0), reader.GetString(1), reader.GetInt(2), reader.GetInt(3), reader.GetInt(4), reader.GetInt(5)));
            }
        }

        return [.. rows.Select(r => new VersionResponse(r.Item1, Times.Parse(r.Item2), r.Item3, r.Item4, r.Item5, r.Item6, CountByRole(connection, projectId, r.Item1)))];
    }

    /// <summary>Bytes (UTF-8) of the distinct texts any version of the project refers to: what its storage quota counts.</summary>
    public long StoredTextBytes(string projectId)
    {
        using var connection = database.Open();
        var bytes = database.IsPostgres ? "octet_length(c.text)" : "length(CAST(c.text AS BLOB))";
        return connection.ScalarInt64($"""
            SELECT COALESCE(SUM({bytes}), 0) FROM contents c
            WHERE c.hash IN (SELECT hash FROM version_artifacts WHERE project_id = @p)
            """, ("@p", projectId));
    }

    public int LatestVersion(string projectId)
    {
        using var connection = database.Open();
        return LatestVersion(connection, projectId);
    }

    /// <summary>Artifacts of one version (optionally one role), in (role, id) order.</summary>
    public IReadOnlyList<ArtifactResponse> Artifacts(string projectId, int version, ArtifactRole? role, bool withText)
    {
        using var connection = database.Open();
        return ReadVersion(connection, projectId, version, role, withText);
    }

    public bool Exists(string projectId, int version, ArtifactRole role, string id)
    {
        using var connection = database.Open();
        return connection.ScalarInt64(
            "SELECT COUNT(*) FROM version_artifacts WHERE project_id = @p AND version = @v AND role = @r AND artifact_id = @id",
            ("@p", projectId), ("@v", version), ("@r", role.ToString()), ("@id", id)) > 0;
    }

    public ArtifactResponse? Find(string projectId, int version, ArtifactRole role, string id)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}, c.text FROM version_artifacts JOIN contents c USING (hash)
            WHERE project_id = @p AND version = @v AND role = @r AND artifact_id = @id
            """;
        command.AddParameter("@p", projectId);
        command.AddParameter("@v", version);
        command.AddParameter("@r", role.ToString());
        command.AddParameter("@id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader, withText: true) : null;
    }

    internal static List<ArtifactResponse> ReadVersion(DbConnection connection, string projectId, int version, ArtifactRole? role, bool withText)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}, {(withText ? "c.text" : "NULL")} FROM version_artifacts {(withText ? "JOIN contents c USING (hash)" : string.Empty)}
            WHERE project_id = @p AND version = @v AND (CAST(@r AS TEXT) IS NULL OR role = @r) ORDER BY role, artifact_id
            """;
        command.AddParameter("@p", projectId);
        command.AddParameter("@v", version);
        command.AddParameter("@r", (object?)role?.ToString() ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var result = new List<ArtifactResponse>();
        while (reader.Read())
        {
            result.Add(Read(reader, withText));
        }

        return result;
    }

    private static ArtifactResponse Read(DbDataReader reader, bool withText) => new(
        Enum.Parse<ArtifactRole>(reader.GetString(0)),
        reader.GetString(1),
        Enum.Parse<ArtifactKind>(reader.GetString(2)),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetString(5),
        withText ? reader.GetString(6) : null);

    internal static Dictionary<ArtifactRole, int> CountByRole(DbConnection connection, string projectId, int version)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT role, COUNT(*) FROM version_artifacts WHERE project_id = @p AND version = @v GROUP BY role";
        command.AddParameter("@p", projectId);
        command.AddParameter("@v", version);
        using var reader = command.ExecuteReader();
        var counts = Enum.GetValues<ArtifactRole>().ToDictionary(r => r, _ => 0);
        while (reader.Read())
        {
            counts[Enum.Parse<ArtifactRole>(reader.GetString(0))] = reader.GetInt(1);
        }

        return counts;
    }

    internal static int LatestVersion(DbConnection connection, string projectId)
    {
        return (int)connection.ScalarInt64("SELECT COALESCE(MAX(number), 0) FROM versions WHERE project_id = @p", ("@p", projectId));
    }
}
