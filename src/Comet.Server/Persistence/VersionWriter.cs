using Comet.Server.Artifacts;
using System.Data.Common;

namespace Comet.Server.Persistence;

/// <summary>
/// Writes new versions of a project's artifacts. An unchanged artifact costs one metadata row per
/// version; its text is stored once per content hash.
/// </summary>
internal sealed class VersionWriter(Database database, TimeProvider clock)
{
    /// <summary>
    /// Stores a new version: the uploaded roles are replaced by the upload, the other roles are kept
    /// from the previous version. One transaction: a version is there whole or not at all.
    /// </summary>
    public VersionResponse CreateVersion(string projectId, IReadOnlyList<NewArtifact> upload)
    {
        var now = clock.GetUtcNow();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        if (database.IsPostgres)
        {
            // Two API nodes uploading to one project at once: the second waits here, then numbers its version after the first.
            connection.Execute("SELECT 1 FROM projects WHERE id = @p FOR UPDATE", ("@p", projectId));
        }

        var previous = ArtifactStore.LatestVersion(connection, projectId);
        var before = previous == 0 ? [] : ArtifactStore.ReadVersion(connection, projectId, previous, null, withText: false)
            .ToDictionary(a => (a.Role, a.Id), a => a.Hash);
        var roles = upload.Select(a => a.Role).ToHashSet();
        var number = previous + 1;
        connection.Execute("INSERT INTO versions (project_id, number, created_at, added, changed, unchanged, removed) VALUES (@p, @n, @at, 0, 0, 0, 0)",
            ("@p", projectId), ("@n", number), ("@at", Times.Format(now)));
        if (previous > 0)
        {
            // Roles that this upload does not mention carry over unchanged.
            connection.Execute($"""
                INSERT INTO version_artifacts (project_id, version, {ArtifactStore.Columns})
                SELECT project_id, @n, {ArtifactStore.Columns} FROM version_artifacts
                WHERE project_id = @p AND version = @prev AND role NOT IN ({string.Join(',', roles.Select(r => $"'{r}'"))})
                """, ("@p", projectId), ("@n", number), ("@prev", previous));
        }

        var (added, changed, unchanged) = InsertUpload(connection, projectId, number, upload, before);
        var uploadedKeys = upload.Select(a => (a.Role, a.Id)).ToHashSet();
        var removed = before.Keys.Count(k => roles.Contains(k.Role) && !uploadedKeys.Contains(k));
        connection.Execute("UPDATE versions SET added = @a, changed = @c, unchanged = @u, removed = @r WHERE project_id = @p AND number = @n",
            ("@a", added), ("@c", changed), ("@u", unchanged), ("@r", removed), ("@p", projectId), ("@n", number));
        var counts = ArtifactStore.CountByRole(connection, projectId, number);
        transaction.Commit();
        return new VersionResponse(number, now, added, changed, unchanged, removed, counts);
    }

    private static (int Added, int Changed, int Unchanged) InsertUpload(
        DbConnection connection, string projectId, int number, IReadOnlyList<NewArtifact> upload, Dictionary<(ArtifactRole, string), string> before)
    {
        using var content = connection.CreateCommand();
        content.CommandText = "INSERT INTO contents (hash, text) VALUES (@h, @t) ON CONFLICT (hash) DO NOTHING";
        var hash = content.AddParameter("@h", null);
        var text = content.AddParameter("@t", null);
        using var row = connection.CreateCommand();
        row.CommandText = $"INSERT INTO version_artifacts (project_id, version, {ArtifactStore.Columns}) VALUES (@p, @n, @role, @id, @kind, @lang, @path, @h)";
        row.AddParameter("@p", projectId);
        row.AddParameter("@n", number);
        var role = row.AddParameter("@role", null);
        var id = row.AddParameter("@id", null);
        var kind = row.AddParameter("@kind", null);
        var language = row.AddParameter("@lang", null);
        var path = row.AddParameter("@path", null);
        var rowHash = row.AddParameter("@h", null);
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
}
