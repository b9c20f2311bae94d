using System.Buffers;
using System.Globalization;
using System.Security;
using System.Text;
using Linter.Cli.Input;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// <c>--format junit</c>: JUnit XML, as ruff and eslint write it, for CI systems that show test reports (GitLab,
/// Jenkins, Azure Pipelines): one test suite per document with findings, one failed test case per finding shown to
/// people. Documents without findings are not listed. The report is written as the run goes, holding one document's
/// findings at a time.
/// </summary>
internal sealed class JUnitFormatter : DiagnosticFormatter
{
    // A rendered finding is its document's path, this separator, then its test case.
    private const byte PathEnd = 0;

    private readonly ArrayBufferWriter<byte> _suite = new();
    private string? _suitePath;
    private int _suiteCount;

    /// <inheritdoc />
    public override void Begin(IBufferWriter<byte> output)
    {
        output.WriteLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        output.WriteLine("<testsuites name=\"corpuslint\">");
    }

    /// <inheritdoc />
    public override void Render(Diagnostic diagnostic, IBufferWriter<byte> output)
    {
        if (diagnostic.Severity < Severity.Suggestion)
        {
            return;
        }

        var (file, record) = JsonlCorpus.SplitRecordPath(diagnostic.Path);
        var location = record is null ? diagnostic.Location : diagnostic.FileLocation;
        var position = location is { } at
            ? string.Create(CultureInfo.InvariantCulture, $" line=\"{at.Start.Line + 1}\" column=\"{at.Start.Column + 1}\"")
            : string.Empty;
        var severity = diagnostic.Severity.ToName();
        var consoleLine = ConsoleFormatter.CanonicalLine(diagnostic);
        output.Write(Encoding.UTF8.GetBytes(diagnostic.Path));
        output.Write([PathEnd]);
        output.WriteLine($"    <testcase name=\"{Xml(diagnostic.Id)}\" classname=\"{Xml(diagnostic.Path)}\" file=\"{Xml(file)}\"{position}>");
        output.WriteLine($"      <failure message=\"{Xml(diagnostic.Message)}\" type=\"{severity}\">{Xml(consoleLine)}</failure>");
        output.WriteLine("    </testcase>");
    }

    /// <inheritdoc />
    public override void WriteRendered(ReadOnlySpan<byte> rendered, IBufferWriter<byte> output)
    {
        var pathEnd = rendered.IndexOf(PathEnd);
        var path = Encoding.UTF8.GetString(rendered[..pathEnd]);
        if (path != _suitePath)
        {
            WriteSuite(output);
            _suitePath = path;
        }

        _suite.Write(rendered[(pathEnd + 1)..]);
        _suiteCount++;
    }

    /// <inheritdoc />
    public override void End(ReportTotals totals, IBufferWriter<byte> output)
    {
        WriteSuite(output);
        output.WriteLine("</testsuites>");
    }

    /// <summary>Text as XML writes it in an attribute or an element, with control characters as <c>\uXXXX</c>, which XML 1.0 cannot hold.</summary>
    private static string Xml(string text) => SecurityElement.Escape(ConsoleText.Escape(text));

    /// <summary>Writes the test suite of the document whose findings were collected, if any.</summary>
    private void WriteSuite(IBufferWriter<byte> output)
    {
        if (_suiteCount == 0)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  <testsuite name=\"{Xml(_suitePath!)}\" tests=\"{_suiteCount}\" failures=\"{_suiteCount}\" errors=\"0\">"));
        output.Write(_suite.WrittenSpan);
        output.WriteLine("  </testsuite>");
        _suite.ResetWrittenCount();
        _suiteCount = 0;
    }
}
