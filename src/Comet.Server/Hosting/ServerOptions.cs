using Comet.Server.Persistence;

namespace Comet.Server.Hosting;

/// <summary>What a server process does (--role, or Comet:Role).</summary>
internal enum ServerRole
{
    /// <summary>Answers requests and executes runs (the only role an SQLite deployment has).</summary>
    All,

    /// <summary>Answers requests; queued runs are left to workers (PostgreSQL only).</summary>
    Api,

    /// <summary>Executes queued runs claimed from the database; answers /health only (PostgreSQL only).</summary>
    Worker,
}

/// <summary>
/// Settings of the service, bound from the "Comet" section of appsettings.json and from environment
/// variables such as <c>Comet__DataDirectory=/data</c>. Defaults are stated on each property.
/// </summary>
internal sealed class ServerOptions
{
    public const string Section = "Comet";

    /// <summary>Folder holding the SQLite database (comet.db). Default "data", relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Where the data lives: Sqlite (default; comet.db in DataDirectory, one process) or Postgres (PostgresConnection, shared).</summary>
    public StorageKind Storage { get; set; } = StorageKind.Sqlite;

    /// <summary>Npgsql connection string of the shared database when Storage is Postgres, e.g. "Host=db;Username=comet;Password=...;Database=comet".</summary>
    public string? PostgresConnection { get; set; }

    /// <summary>api, worker or all (default); api and worker need Storage Postgres. Also --role on the command line.</summary>
    public ServerRole Role { get; set; } = ServerRole.All;

    /// <summary>Seconds a worker's claim on a run lasts without a heartbeat (renewed every third of it); a run whose worker died is claimed again after this. Default 30.</summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>How often an idle worker looks for queued runs, in milliseconds. Default 500.</summary>
    public int PollMilliseconds { get; set; } = 500;

    public bool RunsExecuteHere => Role is ServerRole.All or ServerRole.Worker;

    public bool ServesApi => Role is ServerRole.All or ServerRole.Api;

    /// <summary>Largest request body accepted, in bytes (JSON batches and zips alike). Default 16 MiB.</summary>
    public long MaxRequestBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Most artifacts in one upload. Default 10,000.</summary>
    public int MaxArtifactsPerUpload { get; set; } = 10_000;

    /// <summary>Longest artifact text, in characters. Default 1,000,000.</summary>
    public int MaxArtifactChars { get; set; } = 1_000_000;

    /// <summary>Most (source, target) pairs a run may score; every pair is stored. Default 250,000.</summary>
    public int MaxCandidatePairs { get; set; } = 250_000;

    /// <summary>Most files in one zip upload. Default 10,000.</summary>
    public int MaxZipEntries { get; set; } = 10_000;

    /// <summary>Most bytes a zip may expand to, all entries together. Default 64 MiB.</summary>
    public long MaxZipExpandedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Highest expanded/compressed ratio of one zip entry before it counts as a zip bomb. Default 200.</summary>
    public int MaxZipCompressionRatio { get; set; } = 200;

    /// <summary>Largest page of links, gaps, feedback or diff entries. Default 1,000.</summary>
    public int MaxPageSize { get; set; } = 1_000;

    /// <summary>Completed runs per project whose links are kept; older runs keep their summary only. Default 20.</summary>
    public int KeepRunsWithLinks { get; set; } = 20;

    /// <summary>Most bytes of artifact text one project may store over all its versions (507 beyond). Default 512 MiB.</summary>
    public long MaxProjectTextBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Least free space in the data folder for /health/ready to answer 200. Default 64 MiB.</summary>
    public long MinFreeDiskBytes { get; set; } = 64L * 1024 * 1024;

    public string DataFolder => Path.GetFullPath(DataDirectory);

    public string DatabasePath => Path.Combine(DataFolder, "comet.db");

    /// <summary>The first bad setting, or null when all are usable.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            return "Comet:DataDirectory must name a folder.";
        }

        if (Storage == StorageKind.Postgres && string.IsNullOrWhiteSpace(PostgresConnection))
        {
            return "Comet:PostgresConnection must be set when Comet:Storage is Postgres.";
        }

        if (Storage == StorageKind.Sqlite && Role != ServerRole.All)
        {
            return $"Role {Role.ToString().ToLowerInvariant()} needs Comet:Storage Postgres: an SQLite data folder has one process, which does everything (role all).";
        }

        if (LeaseSeconds < 3)
        {
            return "Comet:LeaseSeconds must be at least 3 (the heartbeat renews the lease every third of it).";
        }

        (bool Ok, string Name)[] positives =
        [
            (MaxRequestBytes > 0, nameof(MaxRequestBytes)), (MaxArtifactsPerUpload > 0, nameof(MaxArtifactsPerUpload)),
            (MaxArtifactChars > 0, nameof(MaxArtifactChars)), (MaxCandidatePairs > 0, nameof(MaxCandidatePairs)),
            (MaxZipEntries > 0, nameof(MaxZipEntries)), (MaxZipExpandedBytes > 0, nameof(MaxZipExpandedBytes)),
            (MaxZipCompressionRatio > 1, nameof(MaxZipCompressionRatio)), (MaxPageSize > 0, nameof(MaxPageSize)),
            (KeepRunsWithLinks > 0, nameof(KeepRunsWithLinks)), (MinFreeDiskBytes >= 0, nameof(MinFreeDiskBytes)),
            (MaxProjectTextBytes > 0, nameof(MaxProjectTextBytes)), (PollMilliseconds > 0, nameof(PollMilliseconds)),
        ];
        return positives.FirstOrDefault(p => !p.Ok) is { Name: not null } bad ? $"Comet:{bad.Name} must be positive." : null;
    }
}
