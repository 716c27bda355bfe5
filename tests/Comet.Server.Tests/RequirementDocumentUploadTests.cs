using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>
/// Requirements documents uploaded as files are stored as their items, as <c>comet trace</c> reads them;
/// run on SQLite (<see cref="RequirementDocumentUploadTests"/>) and PostgreSQL (<see cref="RequirementDocumentUploadOnPostgresTests"/>).
/// </summary>
public abstract class RequirementDocumentUploadContract(CometServerFactory server)
{
    private const string Specification = """
        # Library
        ## Borrowing
        `req~borrow-book~1`

        Members can borrow a book.

        Needs: dsn

        ## Returning
        `req~return-book~2`

        Members can return a book.

        `req~borrow-book~1`

        A second item under an id the document already has.
        """;

    [BackendFact]
    public async Task Upload_OpenFastTraceDocument_StoresOneSourcePerItemUnderItsId()
    {
        using var client = await server.NewProjectAsync("d-oft");
        var body = new
        {
            artifacts = new object[]
            {
                new { role = "source", id = "doc/spec/system_requirements.md", text = Specification },
                new { role = "source", id = "doc/notes.txt", text = "Librarians print a monthly report." },
                new { role = "target", id = "src/Loans.java", text = "class Loans { void borrow(Book book) {} }" },
            },
        };
        using var response = await client.PostJsonAsync("/projects/d-oft/artifacts", body);
        var version = await response.ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(3, (int)version!["counts"]!["source"]!);
        var document = Assert.Single(version["documents"]!.AsArray())!;
        Assert.Equal(("source", "doc/spec/system_requirements.md", "OpenFastTrace", 2),
            ((string?)document["role"], (string?)document["path"], (string?)document["format"], (int)document["items"]!));
        Assert.Equal("source doc/spec/system_requirements.md#req~borrow-book~1: an earlier item or artifact has this id", (string?)Assert.Single(version["skipped"]!.AsArray()));

        var ids = (await client.GetOkAsync("/projects/d-oft/artifacts?role=source"))["items"]!.AsArray().Select(a => (string?)a!["id"]).Order(StringComparer.Ordinal);
        Assert.Equal(["doc/notes.txt", "req~borrow-book~1", "req~return-book~2"], ids);
        var item = await client.GetOkAsync("/projects/d-oft/artifacts/text?role=source&id=req~return-book~2");
        Assert.Equal(("Returning\n\nMembers can return a book.", "doc/spec/system_requirements.md", "requirement"),
            (((string?)item["text"])!.ReplaceLineEndings("\n"), (string?)item["path"], (string?)item["kind"]));
    }

    [BackendFact]
    public async Task Upload_PlainBatch_SaysNothingAboutDocuments()
    {
        using var client = await server.NewProjectAsync("d-plain");
        using var response = await client.PostJsonAsync("/projects/d-plain/artifacts", Fixtures.Upload());
        var version = await response.ExpectAsync(HttpStatusCode.Created);

        Assert.Null(version!["documents"]);
        Assert.Null(version["skipped"]);
    }

    [BackendFact]
    public async Task Upload_FileUnderAnItemsId_KeepsTheFileAndLeavesTheItemOut()
    {
        using var client = await server.NewProjectAsync("d-clash");
        var body = new
        {
            artifacts = new object[]
            {
                new { role = "source", id = "spec.md", text = "## Returning\n`req~return-book~2`\nMembers can return a book." },
                new { role = "source", id = "req~return-book~2", text = "Uploaded under this id on purpose." },
                new { role = "target", id = "Loans.java", text = "class Loans {}" },
            },
        };
        var version = await client.PostOkAsync("/projects/d-clash/artifacts", body);

        Assert.Equal(1, (int)version["counts"]!["source"]!);
        Assert.Equal(0, (int)version["documents"]![0]!["items"]!);
        Assert.Equal("Uploaded under this id on purpose.", (string?)(await client.GetOkAsync("/projects/d-clash/artifacts/text?role=source&id=req~return-book~2"))["text"]);
    }

    [BackendFact]
    public async Task Upload_EverySourceADocumentWithoutItems_Returns400AndStoresNothing()
    {
        using var client = await server.NewProjectAsync("d-empty");
        var body = new
        {
            artifacts = new object[]
            {
                new { role = "source", id = "spec.md", text = "`req~nothing-said~1`\n" },
                new { role = "target", id = "Loans.java", text = "class Loans {}" },
            },
        };
        using var response = await client.PostJsonAsync("/projects/d-empty/artifacts", body);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("no source is left: every one uploaded is a requirement document without items", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, (int)(await client.GetOkAsync("/projects/d-empty"))["latestVersion"]!);
    }

    [BackendFact]
    public async Task Zip_StrictDocAndTrlcFiles_AreStoredAsTheirItems()
    {
        using var client = await server.NewProjectAsync("d-zip");
        using var body = ZipBuilder.Build(
            ZipBuilder.Text("repo/sources/billing.sdoc", "[DOCUMENT]\nTITLE: Billing\n\n[REQUIREMENT]\nUID: BILL-1\nTITLE: Invoice\nSTATEMENT: The system shall send an invoice.\n"),
            ZipBuilder.Text("repo/sources/usecases.trlc", "package UseCases\nreq.System_Requirement Output_File {\n  description = \"Write the report to the output file.\"\n}\n"),
            ZipBuilder.Text("repo/targets/Invoice.java", "class Invoice {}"));
        using var response = await client.PostAsync("/projects/d-zip/artifacts/zip", body);
        var version = await response.ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(2, (int)version!["counts"]!["source"]!);
        Assert.Equal(["StrictDoc", "TRLC"], version["documents"]!.AsArray().Select(d => (string?)d!["format"]).Order(StringComparer.Ordinal));
        Assert.Empty(version["skipped"]!.AsArray());
        var record = await client.GetOkAsync("/projects/d-zip/artifacts/text?role=source&id=UseCases.Output_File");
        Assert.Equal(("Write the report to the output file.", "repo/sources/usecases.trlc"), ((string?)record["text"], (string?)record["path"]));
        Assert.Equal("Invoice\nThe system shall send an invoice.", ((string?)(await client.GetOkAsync("/projects/d-zip/artifacts/text?role=source&id=BILL-1"))["text"])!.ReplaceLineEndings("\n"));
    }
}

public sealed class RequirementDocumentUploadTests(CometServerFactory server) : RequirementDocumentUploadContract(server), IClassFixture<CometServerFactory>;

public sealed class RequirementDocumentUploadOnPostgresTests(PostgresServerFactory server)
    : RequirementDocumentUploadContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;
