using System.Reflection;
using Comet.Core;
using Comet.Core.Tasks;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Catalog;

/// <summary>
/// Every benchmark task, from the dataset manifests. <see cref="Default"/> holds the manifests
/// compiled into this assembly, so front ends work from any directory. Immutable and thread-safe;
/// each <see cref="Load"/> reads the files anew.
/// </summary>
public sealed class DatasetCatalog
{
    private static readonly Lazy<DatasetCatalog> LazyDefault = new(FromEmbeddedManifests);
    private readonly Dictionary<string, (DatasetManifest Dataset, TaskManifest Task)> _tasks;

    private DatasetCatalog(IEnumerable<DatasetManifest> manifests)
    {
        _tasks = new Dictionary<string, (DatasetManifest, TaskManifest)>(StringComparer.Ordinal);
        var ordered = new List<string>();
        foreach (var dataset in manifests.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var task in dataset.Tasks)
            {
                if (!_tasks.TryAdd(task.Id, (dataset, task)))
                {
                    throw new CometInputException($"task id '{task.Id}' is declared twice (manifests {_tasks[task.Id].Dataset.Name} and {dataset.Name})");
                }

                ordered.Add(task.Id);
            }
        }

        TaskIds = ordered;
        BenchmarkIds = [.. ordered.Where(id => _tasks[id].Dataset.Benchmark)];
    }

    /// <summary>The catalog of the manifests under <c>datasets/*/manifest.json</c>, embedded at build time.</summary>
    public static DatasetCatalog Default => LazyDefault.Value;

    /// <summary>Task ids, datasets in name order, tasks in manifest order.</summary>
    public IReadOnlyList<string> TaskIds { get; }

    /// <summary>The tasks with a gold standard to score against (what `--all` runs), in <see cref="TaskIds"/>' order.</summary>
    public IReadOnlyList<string> BenchmarkIds { get; }

    /// <summary>A catalog of the given manifest texts (tests, user manifests).</summary>
    public static DatasetCatalog FromJson(IEnumerable<string> manifestJson)
    {
        ArgumentNullException.ThrowIfNull(manifestJson);
        return new DatasetCatalog(manifestJson.Select((json, i) => ManifestParser.Parse(json, $"#{i + 1}")));
    }

    /// <exception cref="CometInputException">Unknown id.</exception>
    public TaskDescription Describe(string id)
    {
        var (dataset, task) = Find(id);
        var goldFile = task.Gold is null ? null : $"{dataset.FolderName}/{task.Gold.Path}";
        return new TaskDescription(task.Id, dataset.Name, task.Sources, task.Targets, goldFile,
            task.Intermediates, task.Languages ?? dataset.Languages, dataset.Benchmark);
    }

    /// <summary>
    /// Loads a task. <paramref name="dataRoot"/> is the benchmark folder (see <see cref="DataRoot.Resolve"/>;
    /// resolved when null); manifests with <c>"root": "repo"</c> read the repo's own <c>datasets/</c> instead.
    /// </summary>
    /// <exception cref="CometInputException">Unknown id, missing folder or file, unreadable data.</exception>
    public TraceTask Load(string id, string? dataRoot = null)
    {
        var (dataset, task) = Find(id);
        return new TaskLoader(dataset, OpenFolder(dataset, dataRoot)).Load(task);
    }

    /// <summary>
    /// The folder a task's dataset should be in when it is not there (null when it is): a data folder
    /// lacking one benchmark is usual, and commands over all tasks report it and go on.
    /// </summary>
    public string? MissingFolder(string id, string? dataRoot = null)
    {
        var (dataset, _) = Find(id);
        if (dataset.Root == ManifestRoots.Repo)
        {
            return RepoRoot.Find() is { } repo && Directory.Exists(Path.Combine(repo, "datasets", dataset.FolderName))
                ? null
                : Path.Combine("datasets", dataset.FolderName);
        }

        var folder = Path.Combine(dataRoot ?? DataRoot.Resolve(null), dataset.FolderName);
        return Directory.Exists(folder) ? null : folder;
    }

    /// <summary>
    /// Every task as this machine has it, loaded one by one as the caller reads on: a data folder without
    /// one benchmark (or with a broken one) says so for that task instead of failing the whole listing.
    /// </summary>
    public IEnumerable<TaskAvailability> LoadEach(string dataRoot)
    {
        foreach (var id in TaskIds)
        {
            if (MissingFolder(id, dataRoot) is { } missing)
            {
                yield return new TaskAvailability(id, null, $"no folder {missing}");
                continue;
            }

            TaskAvailability loaded;
            try
            {
                loaded = new TaskAvailability(id, Load(id, dataRoot), null);
            }
            catch (CometInputException e)
            {
                loaded = new TaskAvailability(id, null, e.Message);
            }

            yield return loaded;
        }
    }

    private (DatasetManifest Dataset, TaskManifest Task) Find(string id) =>
        _tasks.TryGetValue(id, out var entry)
            ? entry
            : throw new CometInputException($"unknown dataset id '{id}' (known: {string.Join(", ", TaskIds)})");

    private static DatasetFolder OpenFolder(DatasetManifest dataset, string? dataRoot)
    {
        if (dataset.Root == ManifestRoots.Repo)
        {
            var repo = RepoRoot.Find()
                ?? throw new CometInputException($"dataset '{dataset.Name}' lives in the repository, but no folder with {RepoRoot.SolutionFile} was found above the current directory");
            return new DatasetFolder(Path.Combine(repo, "datasets", dataset.FolderName));
        }

        return new DatasetFolder(Path.Combine(dataRoot ?? DataRoot.Resolve(null), dataset.FolderName));
    }

    private static DatasetCatalog FromEmbeddedManifests()
    {
        var assembly = typeof(DatasetCatalog).Assembly;
        var manifests = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith("manifest.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => ManifestParser.Parse(ReadResource(assembly, n), n));
        return new DatasetCatalog(manifests);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded manifest {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
