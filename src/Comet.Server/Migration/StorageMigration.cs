using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Comet.Server.Persistence;
using Comet.Server.Runs;
using NpgsqlTypes;

namespace Comet.Server.Migration;

/// <summary>
/// Copies every table of an SQLite database into an empty PostgreSQL database, in one PostgreSQL
/// transaction (all or nothing), then verifies each table: the same row count and the same checksum on
/// both sides. A table's checksum is the sum (mod 2^64) of the first 8 bytes of SHA-256 over each row's
/// values in a canonical text form, so it does not depend on row order or on either database's
/// collation. Runs that SQLite left running (the server must be stopped, so they were cut off) arrive
/// as interrupted, and a PostgreSQL worker claims them again; the source side's checksum is taken
/// over the same mapping.
/// </summary>
internal static class StorageMigration
{
    public sealed record TableResult(string Table, long SourceRows, long TargetRows, ulong SourceChecksum, ulong TargetChecksum)
    {
        public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
    }

    private sealed record Column(string Name, NpgsqlDbType Type);

    private sealed record Table(string Name, Column[] Columns, string? IdentityColumn = null);

    private static readonly Table[] Tables =
    [
        new("projects", [Text("id"), Text("name"), Text("settings"), Text("created_at"), Text("updated_at")]),
        new("api_keys", [Big("id"), Text("project_id"), Int("scope"), Text("hash"), Text("label"), Text("created_at"), Text("revoked_at")], "id"),
        new("contents", [Text("hash"), Text("text")]),
        new("versions", [Text("project_id"), Int("number"), Text("created_at"), Int("added"), Int("changed"), Int("unchanged"), Int("removed")]),
        new("version_artifacts", [Text("project_id"), Int("version"), Text("role"), Text("artifact_id"), Text("kind"), Text("language"), Text("origin_path"), Text("hash")]),
        new("runs",
        [
            Big("id"), Text("project_id"), Int("version"), Text("status"), Text("stage"), Dbl("progress"), Text("settings"), Text("created_at"),
            Text("started_at"), Text("finished_at"), Text("error"), Text("summary"), Int("links_pruned"), Int("restarts"),
        ], "id"),
        new("links", [Big("run_id"), Text("source_id"), Text("target_id"), Int("rank"), Dbl("probability"), Int("bucket"), Dbl("score"), Dbl("z"), Text("measures"), Text("feedback"), Dbl("log_odds")]),
        new("feedback",
        [
            Big("id"), Text("project_id"), Text("source_id"), Text("target_id"), Text("verdict"), Int("likert"), Text("author"), Text("comment"),
            Big("run_id"), Text("created_at"), Big("key_id"),
        ], "id"),
        new("latest_answers", [Text("project_id"), Text("source_id"), Text("target_id"), Text("author"), Big("feedback_id")]),
    ];

    /// <summary>Copies <paramref name="source"/> (SQLite) into <paramref name="target"/> (PostgreSQL, no projects, runs or keys yet) and verifies it.</summary>
    /// <param name="progress">One line per table copied.</param>
    public static IReadOnlyList<TableResult> Copy(Database source, Database target, Action<string> progress)
    {
        if (source.IsPostgres || !target.IsPostgres)
        {
            throw new InvalidOperationException("migrate-storage copies an SQLite database into a PostgreSQL one.");
        }

        source.Migrate();
        target.Migrate();
        using (var check = target.Open())
        {
            var existing = check.ScalarInt64("SELECT (SELECT COUNT(*) FROM projects) + (SELECT COUNT(*) FROM runs) + (SELECT COUNT(*) FROM api_keys) + (SELECT COUNT(*) FROM feedback)");
            if (existing > 0)
            {
                throw new InvalidOperationException("The PostgreSQL database already holds projects, runs, keys or answers; migrate into an empty one.");
            }
        }

        using (var from = source.Open())
        using (var to = target.OpenPostgres()!)
        using (var transaction = to.BeginTransaction())
        {
            foreach (var table in Tables)
            {
                var copied = CopyTable(from, to, table);
                progress($"copied {table.Name}: {copied:N0} rows");
            }

            foreach (var table in Tables.Where(t => t.IdentityColumn is not null))
            {
                // The next id continues after the copied ones.
                to.Execute($"SELECT setval(pg_get_serial_sequence('{table.Name}', '{table.IdentityColumn}'), GREATEST((SELECT MAX({table.IdentityColumn}) FROM {table.Name}), 1), (SELECT COUNT(*) FROM {table.Name}) > 0)");
            }

            transaction.Commit();
        }

        using var sourceCheck = source.Open();
        using var targetCheck = target.Open();
        return [.. Tables.Select(t =>
        {
            var (sourceRows, sourceSum) = Checksum(sourceCheck, t);
            var (targetRows, targetSum) = Checksum(targetCheck, t);
            return new TableResult(t.Name, sourceRows, targetRows, sourceSum, targetSum);
        })];
    }

    private static long CopyTable(DbConnection from, Npgsql.NpgsqlConnection to, Table table)
    {
        var names = string.Join(", ", table.Columns.Select(c => c.Name));
        using var read = from.Command($"SELECT {names} FROM {table.Name}");
        using var reader = read.ExecuteReader();
        using var copy = to.BeginBinaryImport($"COPY {table.Name} ({names}) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        var values = new object?[table.Columns.Length];
        while (reader.Read())
        {
            ReadRow(reader, table, values);
            copy.StartRow();
            for (var i = 0; i < values.Length; i++)
            {
                var (value, type) = (values[i], table.Columns[i].Type);
                if (value is null)
                {
                    copy.WriteNull();
                    continue;
                }

                switch (type)
                {
                    case NpgsqlDbType.Integer:
                        copy.Write(Convert.ToInt32(value, CultureInfo.InvariantCulture), type);
                        break;
                    case NpgsqlDbType.Bigint:
                        copy.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), type);
                        break;
                    case NpgsqlDbType.Double:
                        copy.Write(Convert.ToDouble(value, CultureInfo.InvariantCulture), type);
                        break;
                    default:
                        copy.Write(Convert.ToString(value, CultureInfo.InvariantCulture)!, type);
                        break;
                }
            }

            rows++;
        }

        copy.Complete();
        return rows;
    }

    // The values of one row as copied: a run SQLite left running is interrupted (see the class remarks).
    private static void ReadRow(DbDataReader reader, Table table, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        if (table.Name == "runs" && values[3] is string status && status == nameof(RunStatus.Running))
        {
            values[3] = nameof(RunStatus.Interrupted);
        }
    }

    private static (long Rows, ulong Sum) Checksum(DbConnection connection, Table table)
    {
        var names = string.Join(", ", table.Columns.Select(c => c.Name));
        using var read = connection.Command($"SELECT {names} FROM {table.Name}");
        using var reader = read.ExecuteReader();
        var values = new object?[table.Columns.Length];
        var row = new StringBuilder();
        Span<byte> hash = stackalloc byte[32];
        long rows = 0;
        ulong sum = 0;
        while (reader.Read())
        {
            ReadRow(reader, table, values);
            row.Clear();
            for (var i = 0; i < values.Length; i++)
            {
                row.Append(Canonical(values[i], table.Columns[i].Type)).Append('\u001f');
            }

            SHA256.HashData(Encoding.UTF8.GetBytes(row.ToString()), hash);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt64BigEndian(hash));
            rows++;
        }

        return (rows, sum);
    }

    private static string Canonical(object? value, NpgsqlDbType type) => value switch
    {
        null => "\u0000",
        _ when type is NpgsqlDbType.Integer or NpgsqlDbType.Bigint => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ when type is NpgsqlDbType.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private static Column Text(string name) => new(name, NpgsqlDbType.Text);

    private static Column Int(string name) => new(name, NpgsqlDbType.Integer);

    private static Column Big(string name) => new(name, NpgsqlDbType.Bigint);

    private static Column Dbl(string name) => new(name, NpgsqlDbType.Double);
}
