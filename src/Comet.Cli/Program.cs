using System.CommandLine;
using Comet.Cli.Commands;

// The command-line front end: each command parses its options and calls the pipeline; nothing else.
// The one clock dates the reports (a test passes its own to a command).
var clock = TimeProvider.System;
var root = new RootCommand("Comet: recover trace links between requirements, code and tests.")
{
    TraceCommand.Create(clock),
    ReviewCommand.Create(),
    EvaluateCommand.Create(clock),
    DatasetsCommand.Create(),
    ReportCommand.Create(clock),
    CacheCommand.Create(clock),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0 && !args.Any(a => a is "--help" or "-h" or "-?"))
{
    // A user error is one line and exit code 2, as everywhere else; the help is one option away.
    var command = parsed.CommandResult.Command == root ? "comet" : "comet " + parsed.CommandResult.Command.Name;
    Console.Error.WriteLine($"comet: error: {parsed.Errors[0].Message} (see {command} --help)");
    return ExitCodes.InputError;
}

return parsed.Invoke();
