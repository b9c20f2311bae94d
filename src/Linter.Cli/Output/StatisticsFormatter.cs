using System.Buffers;
using System.Globalization;
using System.Text;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// <c>--statistics</c>, as <c>ruff --statistics</c> prints it: instead of the findings, one line per rule that
/// reported any, the most frequent first (then by id): the count, the id, <c>[*]</c> when some of them have a
/// fix, and the rule's title; then the summary line (left out with <c>--quiet</c>). It counts what the console
/// report would show: findings the baseline holds back and silent ones are left out.
/// </summary>
internal sealed class StatisticsFormatter(IReadOnlyList<RuleDescriptor> descriptors, ConsoleStyle style) : DiagnosticFormatter
{
    private const byte Fixable = (byte)'*';
    private readonly Dictionary<string, (int Count, bool Fixable)> _byId = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void Begin(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    /// <remarks>The rendering is the id, then <c>*</c> when the finding has a fix: the writing thread counts it.</remarks>
    public override void Render(Diagnostic diagnostic, IBufferWriter<byte> output)
    {
        if (diagnostic.Severity >= Severity.Suggestion)
        {
            Encoding.ASCII.GetBytes(diagnostic.Id, output);
            if (diagnostic.Fix is not null)
            {
                output.Write([Fixable]);
            }
        }
    }

    /// <inheritdoc />
    public override void WriteRendered(ReadOnlySpan<byte> rendered, IBufferWriter<byte> output)
    {
        var fixable = rendered[^1] == Fixable;
        var id = Encoding.ASCII.GetString(fixable ? rendered[..^1] : rendered);
        var (count, anyFixable) = _byId.GetValueOrDefault(id);
        _byId[id] = (count + 1, anyFixable || fixable);
    }

    /// <inheritdoc />
    public override void End(ReportTotals totals, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var titles = descriptors.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        var rows = _byId.OrderByDescending(row => row.Value.Count).ThenBy(row => row.Key, StringComparer.Ordinal).ToList();
        var countWidth = rows.Count == 0 ? 0 : rows.Max(row => row.Value.Count.ToString(CultureInfo.InvariantCulture).Length);
        var idWidth = rows.Count == 0 ? 0 : rows.Max(row => row.Key.Length);
        foreach (var (id, (count, fixable)) in rows)
        {
            var number = count.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth);
            output.WriteLine($"{number}  {style.Paint(id.PadRight(idWidth), "1")}  {(fixable ? "[*]" : "   ")} {ConsoleText.Escape(titles.GetValueOrDefault(id, string.Empty))}");
        }

        if (!style.Quiet)
        {
            output.WriteLine(ConsoleFormatter.Summary(totals));
        }
    }
}
