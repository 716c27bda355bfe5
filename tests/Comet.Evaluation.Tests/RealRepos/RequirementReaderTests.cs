using Comet.Benchmarks.RealRepos;

namespace Comet.Evaluation.Tests.RealRepos;

/// <summary>
/// The real-repos benchmark's readers of requirement formats (tests/Comet.Benchmarks/RealRepos, compiled in
/// here): what becomes a requirement's id and text decides what is traced, so each format's traps are pinned.
/// </summary>
public class RequirementReaderTests
{
    [Fact]
    public void Sdoc_RequirementWithBlockStatement_KeepsProseAndDropsRelations()
    {
        string[] lines =
        [
            "[DOCUMENT]",
            "TITLE: Requirements",
            "",
            "[[SECTION]]",
            "UID: SECT-1",
            "TITLE: Editing",
            "",
            "[TEXT]",
            "UID: TEXT-1",
            "STATEMENT: >>>",
            "Free text, not a requirement.",
            "[REQUIREMENT]",
            "<<<",
            "",
            "[REQUIREMENT]",
            "MID: 197e00dd",
            "UID: SDOC-SRS-56",
            "STATUS: Active",
            "TITLE: Edit Document grammar",
            "STATEMENT: >>>",
            "StrictDoc's screen shall allow editing",
            "a document's grammar.",
            "<<<",
            "RATIONALE: >>>",
            "Users customize fields.",
            "<<<",
            "RELATIONS:",
            "- TYPE: Parent",
            "  VALUE: SDOC-SSS-62",
            "",
            "[[/SECTION]]",
        ];

        var requirement = Assert.Single(SdocRequirementReader.Parse(lines));

        Assert.Equal("SDOC-SRS-56", requirement.Id);
        Assert.Equal("Edit Document grammar\nStrictDoc's screen shall allow editing\na document's grammar.\nUsers customize fields.", requirement.Text.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("SSS-62", requirement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sdoc_NodeWithoutUid_IsNotARequirement()
    {
        string[] lines = ["[REQUIREMENT]", "TITLE: No id", "STATEMENT: Something.", "[REQUIREMENT]", "UID: R-2", "STATEMENT: Other."];

        var requirement = Assert.Single(SdocRequirementReader.Parse(lines));

        Assert.Equal(("R-2", "Other."), (requirement.Id, requirement.Text));
    }

    [Fact]
    public void Trlc_RecordsInSections_AreQualifiedByPackageAndKeepEveryStringField()
    {
        const string content = """
            package UseCases
            import req

            // a comment with a fake record: req.X Fake { }
            section "GIT"
            {
              req.PotentialError Wrong_Hash {
                  summary = "LOBSTER extracts the git hashes wrongly"
                  description = '''
                    Git hash is not extracted completely
                    '''
                  impacts = ['''first impact''', '''second impact''']
                  affects = [Item_GitHub_Source]
                  impact_type = req.Impact_Type.Safety
              }
            }

            /* block comment */
            req.System_Requirement Output_File {
                description = "If an output file is given, write there."
            }
            """;

        var requirements = TrlcRequirementReader.Parse(content).ToList();

        Assert.Equal(["UseCases.Wrong_Hash", "UseCases.Output_File"], requirements.Select(r => r.Id));
        Assert.Equal(
            "LOBSTER extracts the git hashes wrongly\nGit hash is not extracted completely\nfirst impact\nsecond impact",
            requirements[0].Text.ReplaceLineEndings("\n"));
        Assert.Equal("If an output file is given, write there.", requirements[1].Text);
    }

    [Fact]
    public void Oft_Items_TakeTheHeadingAsTitleAndLeaveOutIdLists()
    {
        string[] lines =
        [
            "## User Interface",
            "",
            "### CLI Command Selection",
            "`dsn~cli.command-selection~1`",
            "",
            "The CLI expects a command as first parameter.",
            "",
            "Covers:",
            "",
            "* `req~cli.tracing.command~1`",
            "",
            "Rationale:",
            "Users know commands from git.",
            "",
            "Needs: impl, itest",
            "",
            "### CLI Help",
            "`dsn~cli.help~1`",
            "",
            "The CLI provides a help command.",
        ];

        var requirements = OftRequirementReader.Parse(lines).ToList();

        Assert.Equal(["dsn~cli.command-selection~1", "dsn~cli.help~1"], requirements.Select(r => r.Id));
        var first = requirements[0].Text.ReplaceLineEndings("\n");
        Assert.StartsWith("CLI Command Selection\n", first, StringComparison.Ordinal);
        Assert.Contains("The CLI expects a command as first parameter.", first, StringComparison.Ordinal);
        Assert.Contains("Users know commands from git.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("req~", first, StringComparison.Ordinal);
        Assert.DoesNotContain("itest", first, StringComparison.Ordinal);
        Assert.Equal("CLI Help\n\nThe CLI provides a help command.", requirements[1].Text.ReplaceLineEndings("\n"));
    }
}
