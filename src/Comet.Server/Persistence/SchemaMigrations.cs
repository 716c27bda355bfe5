namespace Comet.Server.Persistence;

/// <summary>Every schema step, oldest first. Never edit a released step: add the next one.</summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new(1, "projects, keys, artifact versions, runs, links, feedback", V1Initial),
        new(2, "index for the links of one source in rank order", V2LinksBySource),
        new(3, "latest answer per link and person, kept on write", V3LatestAnswers),
        new(4, "restarts of interrupted runs; the readiness check's write probe", V4RestartsAndWriteProbe),
        new(5, "the API key that wrote each answer", V5FeedbackKey),
    ];

    // Audit: which key (api_keys.id) posted an answer; the author field is whatever the client typed.
    // Null for answers stored before this step.
    private const string V5FeedbackKey = "ALTER TABLE feedback ADD COLUMN key_id INTEGER;";

    // A run interrupted by a shutdown or crash is queued again, at most RunStore.MaxRestarts times (a run
    // that crashes the server would otherwise crash it at every start). /health/ready writes one row.
    private const string V4RestartsAndWriteProbe = """
        ALTER TABLE runs ADD COLUMN restarts INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE write_probe (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            at TEXT NOT NULL);
        """;

    // A run's scorer needs each person's latest answer per link, not the whole history (which made
    // scoring take 1.6-8.2 s instead of 0.14 s at ~230,000 answers). FeedbackWriter keeps this table in
    // the transaction that inserts the answer; existing histories are folded in once here.
    private const string V3LatestAnswers = """
        CREATE TABLE latest_answers (
            project_id TEXT NOT NULL,
            source_id TEXT NOT NULL,
            target_id TEXT NOT NULL,
            author TEXT NOT NULL,
            feedback_id INTEGER NOT NULL REFERENCES feedback(id),
            PRIMARY KEY (project_id, source_id, target_id, author)) WITHOUT ROWID;
        INSERT INTO latest_answers (project_id, source_id, target_id, author, feedback_id)
            SELECT project_id, source_id, target_id, author, MAX(id) FROM feedback GROUP BY project_id, source_id, target_id, author;
        """;

    // Without it, "links of source S" walked the run's rank index: 50 ms instead of well under 1 ms at 20,000 links.
    private const string V2LinksBySource = "CREATE INDEX links_by_source ON links(run_id, source_id, rank);";

    // Times are ISO 8601 UTC text; artifact texts are stored once per content hash.
    private const string V1Initial = """
        CREATE TABLE projects (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            settings TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);

        CREATE TABLE api_keys (
            id INTEGER PRIMARY KEY,
            project_id TEXT NOT NULL,
            scope INTEGER NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            label TEXT,
            created_at TEXT NOT NULL,
            revoked_at TEXT);

        CREATE TABLE contents (
            hash TEXT PRIMARY KEY,
            text TEXT NOT NULL);

        CREATE TABLE versions (
            project_id TEXT NOT NULL REFERENCES projects(id),
            number INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            added INTEGER NOT NULL,
            changed INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            PRIMARY KEY (project_id, number));

        CREATE TABLE version_artifacts (
            project_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            role TEXT NOT NULL,
            artifact_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            language TEXT NOT NULL,
            origin_path TEXT,
            hash TEXT NOT NULL REFERENCES contents(hash),
            PRIMARY KEY (project_id, version, role, artifact_id),
            FOREIGN KEY (project_id, version) REFERENCES versions(project_id, number)) WITHOUT ROWID;

        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            project_id TEXT NOT NULL REFERENCES projects(id),
            version INTEGER NOT NULL,
            status TEXT NOT NULL,
            stage TEXT,
            progress REAL NOT NULL DEFAULT 0,
            settings TEXT NOT NULL,
            created_at TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT,
            error TEXT,
            summary TEXT,
            links_pruned INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX runs_by_project ON runs(project_id, id);

        CREATE TABLE links (
            run_id INTEGER NOT NULL,
            source_id TEXT NOT NULL,
            target_id TEXT NOT NULL,
            rank INTEGER NOT NULL,
            probability REAL NOT NULL,
            bucket INTEGER NOT NULL,
            score REAL NOT NULL,
            z REAL NOT NULL,
            measures TEXT NOT NULL,
            feedback TEXT,
            PRIMARY KEY (run_id, source_id, target_id)) WITHOUT ROWID;
        CREATE INDEX links_by_rank ON links(run_id, rank);
        CREATE INDEX links_by_bucket ON links(run_id, bucket, rank);
        CREATE INDEX links_by_target ON links(run_id, target_id, rank);

        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            project_id TEXT NOT NULL REFERENCES projects(id),
            source_id TEXT NOT NULL,
            target_id TEXT NOT NULL,
            verdict TEXT NOT NULL,
            likert INTEGER,
            author TEXT NOT NULL,
            comment TEXT,
            run_id INTEGER,
            created_at TEXT NOT NULL);
        CREATE INDEX feedback_by_link ON feedback(project_id, source_id, target_id, id);
        """;
}
