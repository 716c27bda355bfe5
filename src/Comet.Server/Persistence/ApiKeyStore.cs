using Comet.Server.Security;
using System.Data.Common;

namespace Comet.Server.Persistence;

/// <summary>API keys by hash. The key string itself is returned once, by <see cref="Create"/>, and never stored.</summary>
internal sealed class ApiKeyStore(Database database, TimeProvider clock)
{
    /// <returns>The new key (shown once) and its stored record.</returns>
    public (string Key, ApiKey Record) Create(string projectId, ApiScope scope, string? label)
    {
        var key = ApiKeySecret.NewKey();
        var now = clock.GetUtcNow();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO api_keys (project_id, scope, hash, label, created_at) VALUES (@project, @scope, @hash, @label, @at) RETURNING id
            """;
        command.AddParameter("@project", projectId);
        command.AddParameter("@scope", (int)scope);
        command.AddParameter("@hash", ApiKeySecret.Hash(key));
        command.AddParameter("@label", (object?)label ?? DBNull.Value);
        command.AddParameter("@at", Times.Format(now));
        var id = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return (key, new ApiKey(id, projectId, scope, label, now, null));
    }

    /// <summary>The record of a presented key, or null when the key is unknown.</summary>
    public ApiKey? Find(string key)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, project_id, scope, label, created_at, revoked_at FROM api_keys WHERE hash = @hash";
        command.AddParameter("@hash", ApiKeySecret.Hash(key));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public IReadOnlyList<ApiKey> List(string? projectId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, project_id, scope, label, created_at, revoked_at FROM api_keys WHERE CAST(@project AS TEXT) IS NULL OR project_id = @project ORDER BY id";
        command.AddParameter("@project", (object?)projectId ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var keys = new List<ApiKey>();
        while (reader.Read())
        {
            keys.Add(Read(reader));
        }

        return keys;
    }

    /// <returns>False when no unrevoked key has this id.</returns>
    public bool Revoke(long id)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL";
        command.AddParameter("@id", id);
        command.AddParameter("@at", Times.Format(clock.GetUtcNow()));
        return command.ExecuteNonQuery() == 1;
    }

    private static ApiKey Read(DbDataReader reader) => new(
        reader.GetLong(0),
        reader.GetString(1),
        (ApiScope)reader.GetInt(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        Times.Parse(reader.GetString(4)),
        reader.IsDBNull(5) ? null : Times.Parse(reader.GetString(5)));
}
