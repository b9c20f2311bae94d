using System.Xml.Linq;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary><c>--format gitlab</c> (GitLab Code Quality) and <c>--format junit</c> (JUnit XML): exact reports.</summary>
public sealed class CiReportFormatTests
{
    [Theory]
    [InlineData("gitlab", "seeds.expected.gitlab.json")]
    [InlineData("junit", "seeds.expected.junit.xml")]
    public async Task The_seeds_give_the_reviewed_report(string format, string golden)
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        await GoldenFile.AssertMatchesAsync(golden, result.Output, $"seed {format} report");
    }

    [Fact]
    public async Task GitLab_issues_each_have_their_own_fingerprint_and_leave_out_silent_findings()
    {
        using var folder = new TempFolder();
        folder.Write("rules/typos.yaml", TypoRule);
        folder.Write(".editorconfig", "root = true\n[b.txt]\ncorpuslint_diagnostic.XX1001.severity = silent\n");

        // The same typo on two lines of the same content: one finding fingerprint, two issues.
        folder.Write("a.txt", "بوينغ يانغ\nبوينغ يانغ\n");
        folder.Write("b.txt", "بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "b.txt", "--format", "gitlab");

        Assert.Equal(
            """
            [
              {"fingerprint":"FIRST","check_name":"XX1001","description":"'بوينغ يانغ' should be 'بيونغ يانغ'","severity":"minor","location":{"path":"a.txt","lines":{"begin":1}}},
              {"fingerprint":"SECOND","check_name":"XX1001","description":"'بوينغ يانغ' should be 'بيونغ يانغ'","severity":"minor","location":{"path":"a.txt","lines":{"begin":2}}}
            ]

            """.Replace("\n", Environment.NewLine, StringComparison.Ordinal),
            Fingerprints(result.Output, out var fingerprints));
        Assert.Equal(2, fingerprints.Distinct().Count());
        Assert.All(fingerprints, fingerprint => Assert.Matches("^[0-9a-f]{32}$", fingerprint));
    }

    [Fact]
    public async Task GitLab_and_junit_locate_a_json_lines_record_in_its_corpus_file()
    {
        using var folder = new TempFolder();
        folder.Write("rules/typos.yaml", TypoRule);
        folder.Write("news.jsonl", "{\"id\": \"a1\", \"text\": \"سطر\\nقد تحصل بوينغ يانغ\"}\n");

        var gitlab = await CliRunner.RunAsync(folder.Path, "check", "news.jsonl", "--format", "gitlab");
        var junit = await CliRunner.RunAsync(folder.Path, "check", "news.jsonl", "--format", "junit");

        Assert.Contains(
            "\"check_name\":\"XX1001\",\"description\":\"'بوينغ يانغ' should be 'بيونغ يانغ' (record a1)\",\"severity\":\"minor\",\"location\":{\"path\":\"news.jsonl\",\"lines\":{\"begin\":1}}}",
            gitlab.Output,
            StringComparison.Ordinal);
        Assert.Contains(
            "<testcase name=\"XX1001\" classname=\"news.jsonl#a1\" file=\"news.jsonl\" line=\"1\" column=\"36\">",
            junit.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Junit_has_a_suite_per_document_and_a_failed_case_per_finding_escaped_for_xml()
    {
        using var folder = new TempFolder();
        folder.Write("rules/typos.yaml", TypoRule.Replace("message: \"'{match}' should be '{suggestion}'\"", "message: \"<{match}> & \\\"{suggestion}\\\"\"", StringComparison.Ordinal));
        folder.Write("a.txt", "بوينغ يانغ\nسطر بوينغ يانغ\n");
        folder.Write("b.txt", "نص نظيف\n");
        folder.Write("c.txt", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "b.txt", "c.txt", "--format", "junit");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="corpuslint">
              <testsuite name="a.txt" tests="2" failures="2" errors="0">
                <testcase name="XX1001" classname="a.txt" file="a.txt" line="1" column="1">
                  <failure message="&lt;بوينغ يانغ&gt; &amp; &quot;بيونغ يانغ&quot;" type="warning">a.txt(1,1): warning XX1001: &lt;بوينغ يانغ&gt; &amp; &quot;بيونغ يانغ&quot;</failure>
                </testcase>
                <testcase name="XX1001" classname="a.txt" file="a.txt" line="2" column="5">
                  <failure message="&lt;بوينغ يانغ&gt; &amp; &quot;بيونغ يانغ&quot;" type="warning">a.txt(2,5): warning XX1001: &lt;بوينغ يانغ&gt; &amp; &quot;بيونغ يانغ&quot;</failure>
                </testcase>
              </testsuite>
              <testsuite name="c.txt" tests="1" failures="1" errors="0">
                <testcase name="XX1001" classname="c.txt" file="c.txt" line="1" column="1">
                  <failure message="&lt;بوينغ يانغ&gt; &amp; &quot;بيونغ يانغ&quot;" type="warning">c.txt(1,1): warning XX1001: &lt;بوينغ يانغ&gt; &amp; &quot;بيونغ يانغ&quot;</failure>
                </testcase>
              </testsuite>
            </testsuites>

            """.Replace("\n", Environment.NewLine, StringComparison.Ordinal),
            result.Output);
        var suites = XDocument.Parse(result.Output).Root!.Elements("testsuite").ToList();
        Assert.Equal(["a.txt", "c.txt"], suites.Select(suite => (string)suite.Attribute("name")!));
    }

    /// <summary>The report with its fingerprints replaced by FIRST, SECOND…, which are returned.</summary>
    private static string Fingerprints(string report, out List<string> fingerprints)
    {
        var found = new List<string>();
        var names = new[] { "FIRST", "SECOND", "THIRD" };
        var replaced = System.Text.RegularExpressions.Regex.Replace(report, "\"fingerprint\":\"([0-9a-f]+)\"", match =>
        {
            found.Add(match.Groups[1].Value);
            return $"\"fingerprint\":\"{names[found.Count - 1]}\"";
        });
        fingerprints = found;
        return replaced;
    }
}
