using Comet.Core.Artifacts;
using Comet.Server.Artifacts;
using Microsoft.Data.Sqlite;

namespace Comet.Server.Persistence;

/// <summary>
/// Versions of a project's artifacts. Texts are stored once per content hash; a version lists which
/// artifact (role, id) has which hash, so an unchanged artifact costs one row per version.
/// </summary>
internal sealed class ArtifactStore(Database database, TimeProvider clock)
{
    private const string Columns = "role, artifact_id, kind, language, origin_path, hash";

    /// <summary>
    /// Stores a new version: the uploaded roles are replaced by the upload, the other roles are kept
    /// from the previous version. One transaction: a version is there whole or not at all.
    /// </summary>
    public VersionResponse CreateVersion(string projectId, IReadOnlyList<NewArtifact> upload)
    {
        var now = clock.GetUtcNow();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var previous = LatestVersion(connection, projectId);
        var before = previous == 0 ? [] : ReadVersion(connection, projectId, previous, null, withText: false)
            .ToDictionary(a => (a.Role, a.Id), a => a.Hash);
        var roles = upload.Select(a => a.Role).ToHashSet();
        var number = previous + 1;
        connection.Execute("INSERT INTO versions (project_id, number, created_at, added, changed, unchanged, removed) VALUES ($p, $n, $at, 0, 0, 0, 0)",
            ("$p", projectId), ("$n", number), ("$at", Times.Format(now)));
        if (previous > 0)
        {
            // Roles that this upload does not mention carry over unchanged.
            connection.Execute($"""
                INSERT INTO version_artifacts (project_id, version, {Columns})
                SELECT project_id, $n, {Columns} FROM version_artifacts
                WHERE project_id = $p AND version = $prev AND role NOT IN ({string.Join(',', roles.Select(r => $"'{r}'"))})
                """, ("$p", projectId), ("$n", number), ("$prev", previous));
        }

        var (added, changed, unchanged) = InsertUpload(connection, projectId, number, upload, before);
        var uploadedKeys = upload.Select(a => (a.Role, a.Id)).ToHashSet();
        var removed = before.Keys.Count(k => roles.Contains(k.Role) && !uploadedKeys.Contains(k));
        connection.Execute("UPDATE versions SET added = $a, changed = $c, unchanged = $u, removed = $r WHERE project_id = $p AND number = $n",
            ("$a", added), ("$c", changed), ("$u", unchanged), ("$r", removed), ("$p", projectId), ("$n", number));
        var counts = CountByRole(connection, projectId, number);
        transaction.Commit();
        return new VersionResponse(number, now, added, changed, unchanged, removed, counts);
    }

    public IReadOnlyList<VersionResponse> ListVersions(string projectId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT number, created_at, added, changed, unchanged, removed FROM versions WHERE project_id = $p ORDER BY number";
        command.Parameters.AddWithValue("$p", projectId);
        var rows = new List<(int, string, int, int, int, int)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)));
            }
        }

        return [.. rows.Select(r => new VersionResponse(r.Item1, Times.Parse(r.Item2), r.Item3, r.Item4, r.Item5, r.Item6, CountByRole(connection, projectId, r.Item1)))];
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
            "SELECT COUNT(*) FROM version_artifacts WHERE project_id = $p AND version = $v AND role = $r AND artifact_id = $id",
            ("$p", projectId), ("$v", version), ("$r", role.ToString()), ("$id", id)) > 0;
    }

    public ArtifactResponse? Find(string projectId, int version, ArtifactRole role, string id)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}, c.text FROM version_artifacts JOIN contents c USING (hash)
            WHERE project_id = $p AND version = $v AND role = $r AND artifact_id = $id
            """;
        command.Parameters.AddWithValue("$p", projectId);
        command.Parameters.AddWithValue("$v", version);
        command.Parameters.AddWithValue("$r", role.ToString());
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader, withText: true) : null;
    }

    private static (int Added, int Changed, int Unchanged) InsertUpload(
        SqliteConnection connection, string projectId, int number, IReadOnlyList<NewArtifact> upload, Dictionary<(ArtifactRole, string), string> before)
    {
        using var content = connection.CreateCommand();
        content.CommandText = "INSERT INTO contents (hash, text) VALUES ($h, $t) ON CONFLICT (hash) DO NOTHING";
        var hash = content.Parameters.Add("$h", SqliteType.Text);
        var text = content.Parameters.Add("$t", SqliteType.Text);
        using var row = connection.CreateCommand();
        row.CommandText = $"INSERT INTO version_artifacts (project_id, version, {Columns}) VALUES ($p, $n, $role, $id, $kind, $lang, $path, $h)";
        row.Parameters.AddWithValue("$p", projectId);
        row.Parameters.AddWithValue("$n", number);
        var role = row.Parameters.Add("$role", SqliteType.Text);
        var id = row.Parameters.Add("$id", SqliteType.Text);
        var kind = row.Parameters.Add("$kind", SqliteType.Text);
        var language = row.Parameters.Add("$lang", SqliteType.Text);
        var path = row.Parameters.Add("$path", SqliteType.Text);
        var rowHash = row.Parameters.Add("$h", SqliteType.Text);
        int added = 0, changed = 0, unchanged = 0;
        foreach (var artifact in upload)
        {
            hash.Value = artifact.Hash;
            text.Value = artifact.Text;
            content.ExecuteNonQuery();
            (role.Value, id.Value, kind.Value, language.Value) = (artifact.Role.ToString(), artifact.Id, artifact.Kind.ToString(), artifact.Language);
            path.Value = (object?)artifact.OriginPath ?? DBNull.Value;
            rowHash.Value = artifact.Hash;
            row.ExecuteNonQuery();
            if (!before.TryGetValue((artifact.Role, artifact.Id), out var old))
            {
                added++;
            }
            else if (string.Equals(old, artifact.Hash, StringComparison.Ordinal))
            {
                unchanged++;
            }
            else
            {
                changed++;
            }
        }

        return (added, changed, unchanged);
    }

    private static List<ArtifactResponse> ReadVersion(SqliteConnection connection, string projectId, int version, ArtifactRole? role, bool withText)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}, {(withText ? "c.text" : "NULL")} FROM version_artifacts {(withText ? "JOIN contents c USING (hash)" : string.Empty)}
            WHERE project_id = $p AND version = $v AND ($r IS NULL OR role = $r) ORDER BY role, artifact_id
            """;
        command.Parameters.AddWithValue("$p", projectId);
        command.Parameters.AddWithValue("$v", version);
        command.Parameters.AddWithValue("$r", (object?)role?.ToString() ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var result = new List<ArtifactResponse>();
        while (reader.Read())
        {
            result.Add(Read(reader, withText));
        }

        return result;
    }

    private static ArtifactResponse Read(SqliteDataReader reader, bool withText) => new(
        Enum.Parse<ArtifactRole>(reader.GetString(0)),
        reader.GetString(1),
        Enum.Parse<ArtifactKind>(reader.GetString(2)),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetString(5),
        withText ? reader.GetString(6) : null);

    private static Dictionary<ArtifactRole, int> CountByRole(SqliteConnection connection, string projectId, int version)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT role, COUNT(*) FROM version_artifacts WHERE project_id = $p AND version = $v GROUP BY role";
        command.Parameters.AddWithValue("$p", projectId);
        command.Parameters.AddWithValue("$v", version);
        using var reader = command.ExecuteReader();
        var counts = Enum.GetValues<ArtifactRole>().ToDictionary(r => r, _ => 0);
        while (reader.Read())
        {
            counts[Enum.Parse<ArtifactRole>(reader.GetString(0))] = reader.GetInt32(1);
        }

        return counts;
    }

    private static int LatestVersion(SqliteConnection connection, string projectId)
    {
        return (int)connection.ScalarInt64("SELECT COALESCE(MAX(number), 0) FROM versions WHERE project_id = $p", ("$p", projectId));
    }
}
