namespace Comet.Server.Persistence;

/// <summary>One step of the schema: applied once, in version order, inside its own transaction.</summary>
/// <param name="Version">1, 2, 3, ... with no gaps; stored in SQLite's <c>user_version</c>.</param>
/// <param name="Description">What the step changes, for logs.</param>
/// <param name="Sql">The statements.</param>
internal sealed record SchemaMigration(int Version, string Description, string Sql);
