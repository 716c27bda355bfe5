using System.CommandLine;
using Comet.Cli.Commands;

// The command-line front end: each command parses its options and calls the pipeline; nothing else.
var root = new RootCommand("Comet: recover trace links between requirements, code and tests.")
{
    TraceCommand.Create(),
    EvaluateCommand.Create(),
    DatasetsCommand.Create(),
    ReportCommand.Create(),
};

return root.Parse(args).Invoke();
