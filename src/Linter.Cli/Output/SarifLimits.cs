using System.CommandLine;
using Linter.Cli.Commands;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// What the SARIF log leaves out, so that code scanning accepts it: findings below a severity floor
/// (<c>--sarif-min-severity</c>) and findings past a number of results (<c>--sarif-max-results</c>). By default it
/// leaves out nothing.
/// </summary>
/// <param name="MaxResults">The most results written; null for no cap.</param>
/// <param name="MinSeverity">The lowest severity written.</param>
internal sealed record SarifLimits(int? MaxResults, Severity MinSeverity)
{
    /// <summary>The most results GitHub code scanning accepts in one run; it rejects a larger run.</summary>
    public const int CodeScanningMaxResults = 25_000;

    /// <summary>Every finding, as without the options.</summary>
    public static readonly SarifLimits None = new(null, Severity.Silent);

    /// <summary>The two options; each command adds its own instances.</summary>
    public static (Option<int?> MaxResults, Option<string> MinSeverity) CreateOptions()
    {
        var maxResults = new Option<int?>("--sarif-max-results")
        {
            Description = $"Write at most this many results to the SARIF log, the first in output order, and say how many were left out (GitHub code scanning takes {CodeScanningMaxResults:N0}).",
            HelpName = "count",
        };
        maxResults.Validators.Add(result => SharedOptions.Require<int>(result, value => value >= 1, "must be at least 1"));
        var minSeverity = new Option<string>("--sarif-min-severity")
        {
            Description = "Leave findings below this severity out of the SARIF log, and say how many.",
            DefaultValueFactory = _ => "silent",
        };
        minSeverity.AcceptOnlyFromAmong("error", "warning", "suggestion", "silent");
        return (maxResults, minSeverity);
    }

    /// <summary>The limits the options give.</summary>
    public static SarifLimits From(ParseResult parseResult, (Option<int?> MaxResults, Option<string> MinSeverity) options) =>
        new(parseResult.GetValue(options.MaxResults), SeverityNames.Parse(parseResult.GetValue(options.MinSeverity)!));
}
