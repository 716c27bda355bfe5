namespace Comet.Server.Validation;

/// <summary>A page of results: <see cref="Total"/> counts every match, <see cref="Items"/> holds at most limit of them.</summary>
internal sealed record Page<T>(int Total, int Offset, int Limit, IReadOnlyList<T> Items);
