using System.Text.Json;
using System.Text.Json.Serialization;

namespace Comet.Server.Hosting;

/// <summary>
/// JSON conventions of the API and of the JSON stored in the database: camelCase names, enums as
/// kebab-case strings ("probably-linked"), unknown fields rejected so that a typo is an error, not a
/// silently ignored field.
/// </summary>
internal static class CometJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.MaxDepth = 32;
        return options;
    }
}
