using Linter.Core.Baselines;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;

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
    private readonly BaselineFilter? _baseline;
    private readonly Severity _failLevel;

    private ReportSession(CliEnvironment environment, BaselineFilter? baseline, Severity failLevel)
    {
        _environment = environment;
        _baseline = baseline;
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
    /// <param name="sarifLimits">What a SARIF report leaves out.</param>
    /// <param name="baseline">The baseline's filter, asked of each finding in output order; null without a baseline.</param>
    /// <param name="failLevel">The lowest severity that fails the run.</param>
    /// <param name="console">How the console report looks; colour is for standard output alone.</param>
    public static ReportSession Open(
        CliEnvironment environment,
        IReadOnlyList<OutputTarget> targets,
        RuleSet ruleSet,
        string toolVersion,
        SarifLimits sarifLimits,
        BaselineFilter? baseline,
        Severity failLevel,
        ConsoleStyle console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var session = new ReportSession(environment, baseline, failLevel);
        foreach (var target in targets.Where(t => t.Path is not null))
        {
            try
            {
                var file = StreamingReportFile.Create(environment.Resolve(target.Path!));
                session._reports.Add(new OpenReport(target, OutputFormats.Create(target.Format, toolVersion, ruleSet, environment.WorkingDirectory, sarifLimits, console with { Color = false }), new ReportOutput(file.Writer, interactive: false), file));
            }
            catch (FileWriteException exception)
            {
                session.ReportWriteFailure(target, exception);
            }
        }

        // When every report goes to a file, the console keeps the human report.
        var standardOutputFormat = StandardOutputFormat(targets);
        session._reports.Add(new OpenReport(null, OutputFormats.Create(standardOutputFormat, toolVersion, ruleSet, environment.WorkingDirectory, sarifLimits, console), new ReportOutput(environment.Output, environment.OutputIsInteractiveTerminal), null));
        foreach (var report in session._reports)
        {
            session.Guard(report, 0, static (report, _) => report.Formatter.Begin(report.Output));
        }

        return session;
    }

    /// <summary>The format that goes to standard output: the one without a file, or the console report.</summary>
    public static string StandardOutputFormat(IReadOnlyList<OutputTarget> targets) =>
        targets.FirstOrDefault(t => t.Path is null)?.Format ?? OutputFormats.Console;

    /// <summary>
    /// Renders <paramref name="diagnostics"/> for every report, with their baseline fingerprints, to be written by
    /// <see cref="Emit(IReadOnlyList{Diagnostic}, RenderedDiagnostics)"/>. Safe to call from several threads at
    /// once: the threads that lint documents render their findings.
    /// </summary>
    public RenderedDiagnostics Render(IReadOnlyList<Diagnostic> diagnostics) => Render(diagnostics, leaveKnown: true);

    /// <summary>Writes <paramref name="diagnostics"/>, in output order, to every report.</summary>
    public void Emit(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var rendered = Render(diagnostics);
        Emit(diagnostics, rendered);
    }

    /// <summary>Writes <paramref name="diagnostics"/>, in output order, to every report, as <see cref="Render(IReadOnlyList{Diagnostic})"/> rendered them.</summary>
    public void Emit(IReadOnlyList<Diagnostic> diagnostics, RenderedDiagnostics rendered)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(rendered);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            if (rendered.Fingerprints?[i] is { } fingerprint)
            {
                if (_baseline!.HoldsBack(fingerprint))
                {
                    Totals.Baselined++;
                    continue;
                }

                // Findings the baseline knows are left unrendered, as it holds most of them back; this one it does not.
                if (_baseline.Knows(fingerprint))
                {
                    using var late = Render([diagnostic], leaveKnown: false);
                    Write(diagnostic, late, 0);
                    continue;
                }
            }

            Write(diagnostic, rendered, i);
        }

        foreach (var report in _reports)
        {
            Guard(report, 0, static (report, _) => report.Output.FlushWhenFull());
        }
    }

    /// <summary>Writes every report's end (its summary) and moves the report files into place.</summary>
    public void Finish()
    {
        foreach (var report in _reports)
        {
            Guard(report, Totals, static (report, totals) =>
            {
                report.Formatter.End(totals, report.Output);
                report.Output.Flush();
                report.File?.Commit();
            });
            if (report.Formatter.Notice is { } notice)
            {
                var where = report.Target is null ? string.Empty : $" ({report.Target.Path})";
                _environment.Error.WriteLine(ConsoleText.Escape($"corpuslint: warning: {notice}{where}"));
            }
        }
    }

    /// <summary>Renders <paramref name="diagnostics"/>, leaving those the baseline knows unrendered when <paramref name="leaveKnown"/> is true.</summary>
    private RenderedDiagnostics Render(IReadOnlyList<Diagnostic> diagnostics, bool leaveKnown)
    {
        var rendered = new RenderedDiagnostics(diagnostics.Count, _reports.Count, withFingerprints: _baseline is not null);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var render = true;
            if (_baseline is not null)
            {
                var fingerprint = rendered.Fingerprints![i] = _baseline.FingerprintOf(diagnostics[i]);
                render = !leaveKnown || !_baseline.Knows(fingerprint);
            }

            for (var report = 0; report < _reports.Count; report++)
            {
                if (render)
                {
                    _reports[report].Formatter.Render(diagnostics[i], rendered);
                }

                rendered.EndOf(i, report);
            }
        }

        return rendered;
    }

    /// <summary>Counts a reported finding and writes it to every report that shows it.</summary>
    private void Write(Diagnostic diagnostic, RenderedDiagnostics rendered, int index)
    {
        Totals.Add(diagnostic);
        Failed |= diagnostic.Severity >= _failLevel;
        for (var report = 0; report < _reports.Count; report++)
        {
            if (rendered.Of(index, report) is { Length: > 0 } bytes)
            {
                Guard(_reports[report], bytes, static (report, bytes) => report.Formatter.WriteRendered(bytes, report.Output));
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

    /// <summary>
    /// Runs a write to one report. A report file that fails (a full disk) is named on standard error and written no
    /// more, and the others go on; a failure of standard output is the run's.
    /// </summary>
    private void Guard<TState>(OpenReport report, TState state, Action<OpenReport, TState> write)
        where TState : allows ref struct
    {
        if (report.Broken)
        {
            return;
        }

        try
        {
            write(report, state);
        }
        catch (IOException exception) when (report.File is not null)
        {
            report.Broken = true;
            ReportWriteFailure(report.Target!, exception);
        }
    }

    private void ReportWriteFailure(OutputTarget target, IOException exception)
    {
        var reason = exception is FileWriteException ? exception.Message : $"could not write the file: {exception.Message}";
        _environment.Error.WriteLine(ConsoleText.Escape($"corpuslint: error: could not write the {target.Format} report to {target.Path}: {reason}"));
        AllWritten = false;
    }

    private sealed record OpenReport(OutputTarget? Target, DiagnosticFormatter Formatter, ReportOutput Output, StreamingReportFile? File)
    {
        /// <summary>True once a write to the report's file failed.</summary>
        public bool Broken { get; set; }
    }
}
