using Microsoft.Extensions.Logging;

namespace Linter.Cli;

/// <summary>The CLI's log messages (standard error, shown with --verbose).</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Loaded {RuleCount} rules from {FileCount} rule files: {Origin}")]
    public static partial void RulesLoaded(ILogger logger, int ruleCount, int fileCount, string origin);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Linted {DocumentCount} documents in {ElapsedMilliseconds} ms")]
    public static partial void Linted(ILogger logger, int documentCount, long elapsedMilliseconds);
}
