using Comet.Core.Tasks;

namespace Comet.Loading.Catalog;

/// <summary>A catalog task as this machine has it (<see cref="DatasetCatalog.LoadEach"/>): loaded, or why not.</summary>
/// <param name="Task">The loaded task; null when it is not available.</param>
/// <param name="Unavailable">Why the task could not be loaded (a missing folder, unreadable data); null when it was.</param>
public sealed record TaskAvailability(string Id, TraceTask? Task, string? Unavailable);
