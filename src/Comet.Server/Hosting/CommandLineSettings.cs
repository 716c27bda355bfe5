namespace Comet.Server.Hosting;

/// <summary>
/// Settings for the administration commands (keys, backup, restore), which run without the web host:
/// appsettings.json and COMET__ environment variables as the server reads them, and --data on top.
/// </summary>
internal static class CommandLineSettings
{
    public static ServerOptions Read(string? dataOption)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        if (dataOption is not null)
        {
            options.DataDirectory = dataOption;
        }

        return options;
    }
}
