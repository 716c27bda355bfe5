namespace Comet.Server.Validation;

/// <summary>Checks offset/limit query values: offset >= 0, 1 <= limit <= the configured page size; limit defaults to 100.</summary>
internal static class Paging
{
    public const int DefaultLimit = 100;

    public static (int Offset, int Limit) Check(int? offset, int? limit, int maxPageSize, ValidationErrors errors)
    {
        var o = offset ?? 0;
        var l = limit ?? Math.Min(DefaultLimit, maxPageSize);
        errors.Require(o >= 0, "offset", "must be 0 or more");
        errors.Require(l >= 1 && l <= maxPageSize, "limit", $"must be between 1 and {maxPageSize}");
        return (o, l);
    }
}
