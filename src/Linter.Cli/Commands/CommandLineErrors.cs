using System.CommandLine;
using System.CommandLine.Parsing;

namespace Linter.Cli.Commands;

/// <summary>
/// What is wrong with a command line, in one line each, with a "did you mean" where a typo is likely. The parser
/// takes a word it does not know that starts with <c>-</c> for a path; it is an unknown option here (a path that
/// starts with <c>-</c> goes after <c>--</c>). An unknown command is one error, not the parser's three.
/// </summary>
internal static class CommandLineErrors
{
    /// <summary>The errors of <paramref name="parseResult"/>; empty when it can run.</summary>
    public static IReadOnlyList<string> Of(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var commandResult = parseResult.CommandResult;
        var command = commandResult.Command;
        var name = CommandName(commandResult);

        var unknownOptions = UnknownOptions(parseResult).ToList();
        if (unknownOptions.Count > 0)
        {
            var optionNames = Options(commandResult).SelectMany(option => option.Aliases.Prepend(option.Name)).ToList();
            return [.. unknownOptions.Select(token => $"unknown option '{token}' for '{name}'{DidYouMean(token.Split('=')[0], optionNames)}")];
        }

        if (command.Subcommands.Count > 0 && parseResult.UnmatchedTokens is [var first, ..])
        {
            // The parser skips a word it does not know for a command after it: "test rules" is "rules" with "test" left over.
            if (command.Subcommands.Any(c => c.Name == first))
            {
                return [$"unknown command '{first}'; did you mean '{name} {first}'?"];
            }

            return [$"unknown command '{first}' for '{name}'{DidYouMean(first, [.. command.Subcommands.Select(c => c.Name)])}"];
        }

        if (command.Subcommands.Count > 0 && command.Action is null && parseResult.Errors.Count > 0)
        {
            return [$"'{name}' needs a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}"];
        }

        return [.. parseResult.Errors.Select(error => error.Message)];
    }

    private static string DidYouMean(string typed, IReadOnlyCollection<string> candidates) =>
        Suggestions.Closest(typed, candidates) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;

    /// <summary>Words that look like options but match none: unmatched ones, and those the parser took as arguments before any <c>--</c>.</summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parseResult)
    {
        var tokens = parseResult.Tokens;
        var doubleDash = tokens.Count;
        for (var i = 0; i < tokens.Count && doubleDash == tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.DoubleDash)
            {
                doubleDash = i;
            }
        }

        var asArguments = parseResult.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .Where(token => IndexOf(tokens, token) < doubleDash);
        return asArguments.Select(token => token.Value).Concat(parseResult.UnmatchedTokens)
            .Where(value => value.Length > 1 && value[0] == '-')
            .Distinct(StringComparer.Ordinal);
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The options a command takes: its own and its ancestors' recursive ones (--verbose, --help).</summary>
    private static IEnumerable<Option> Options(CommandResult commandResult)
    {
        foreach (var option in commandResult.Command.Options)
        {
            yield return option;
        }

        for (var parent = commandResult.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            foreach (var option in parent.Command.Options.Where(option => option.Recursive))
            {
                yield return option;
            }
        }
    }

    /// <summary>The command as typed, from the tool's name: "corpuslint rules test".</summary>
    public static string CommandName(CommandResult commandResult)
    {
        var names = new List<string>();
        for (var current = commandResult; current.Parent is CommandResult parent; current = parent)
        {
            names.Add(current.Command.Name);
        }

        names.Add("corpuslint");
        names.Reverse();
        return string.Join(' ', names);
    }
}
