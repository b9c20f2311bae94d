using Linter.Core.Analysis;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// The reports of one <c>check</c> run, written as findings arrive: one per <c>--output</c> file (each to a hidden
/// temporary file renamed into place at the end) and one on standard output. Findings the baseline holds back are
/// counted, not written.
/// </summary>
internal sealed class ReportSession : IDisposable
{
    private readonly CliEnvironment _environment;
    private readonly List<OpenReport> _reports = [];
    private readonly Func<Diagnostic, bool>? _holdsBack;
    private readonly Severity _failLevel;

    private ReportSession(CliEnvironment environment, Func<Diagnostic, bool>? holdsBack, Severity failLevel)
    {
        _environment = environment;
        _holdsBack = holdsBack;
        _failLevel = failLevel;
    }

    /// <summary>What the summaries count.</summary>
    public ReportTotals Totals { get; } = new();

    /// <summary>True when a reported finding is at or above the fail level.</summary>
    public bool Failed { get; private set; }

    /// <summary>False when a report file could not be created or written; each failure is named on standard error.</summary>
    public bool AllWritten { get; private set; } = true;

    /// <summary>Opens every report and writes its beginning.</summary>
    /// <param name="environment">Where standard output and errors go.</param>
    /// <param name="targets">The formats and their files; a format without a file goes to standard output.</param>
    /// <param name="ruleSet">The rules, for reports that describe them.</param>
    /// <param name="toolVersion">The tool's version, for machine-readable reports.</param>
    /// <param name="holdsBack">The baseline's filter, asked of each finding in output order; null without a baseline.</param>
    /// <param name="failLevel">The lowest severity that fails the run.</param>
    public static ReportSession Open(
        CliEnvironment environment,
        IReadOnlyList<OutputTarget> targets,
        RuleSet ruleSet,
        string toolVersion,
        Func<Diagnostic, bool>? holdsBack,
        Severity failLevel)
    {
        var session = new ReportSession(environment, holdsBack, failLevel);
        foreach (var target in targets.Where(t => t.Path is not null))
        {
            try
            {
                var file = StreamingReportFile.Create(environment.Resolve(target.Path!));
                session._reports.Add(new OpenReport(target, OutputFormats.Create(target.Format, toolVersion, ruleSet, environment.WorkingDirectory), file.Writer, file));
            }
            catch (FileWriteException exception)
            {
                session.ReportWriteFailure(target, exception);
            }
        }

        // When every report goes to a file, the console keeps the human report.
        var standardOutputFormat = StandardOutputFormat(targets);
        session._reports.Add(new OpenReport(null, OutputFormats.Create(standardOutputFormat, toolVersion, ruleSet, environment.WorkingDirectory), environment.Output, null));
        foreach (var report in session._reports)
        {
            report.Formatter.Begin(report.Writer);
        }

        return session;
    }

    /// <summary>The format that goes to standard output: the one without a file, or the console report.</summary>
    public static string StandardOutputFormat(IReadOnlyList<OutputTarget> targets) =>
        targets.FirstOrDefault(t => t.Path is null)?.Format ?? OutputFormats.Console;

    /// <summary>Writes <paramref name="diagnostics"/>, in output order, to every report.</summary>
    public void Emit(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (_holdsBack?.Invoke(diagnostic) == true)
            {
                Totals.Baselined++;
                continue;
            }

            Totals.Add(diagnostic);
            Failed |= diagnostic.Severity >= _failLevel;
            foreach (var report in _reports)
            {
                report.Formatter.Write(diagnostic, report.Writer);
            }
        }
    }

    /// <summary>Writes every report's end (its summary) and moves the report files into place.</summary>
    public void Finish()
    {
        foreach (var report in _reports)
        {
            report.Formatter.End(Totals, report.Writer);
            if (report.File is null)
            {
                continue;
            }

            try
            {
                report.File.Commit();
            }
            catch (FileWriteException exception)
            {
                ReportWriteFailure(report.Target!, exception);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var report in _reports)
        {
            report.Formatter.Dispose();
            report.File?.Dispose();
        }
    }

    private void ReportWriteFailure(OutputTarget target, FileWriteException exception)
    {
        _environment.Error.WriteLine($"corpuslint: error: could not write the {target.Format} report to {target.Path}: {exception.Message}");
        AllWritten = false;
    }

    private sealed record OpenReport(OutputTarget? Target, DiagnosticFormatter Formatter, TextWriter Writer, StreamingReportFile? File);
}
