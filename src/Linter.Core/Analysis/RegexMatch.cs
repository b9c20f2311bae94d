using System.Text.RegularExpressions;

namespace Linter.Core.Analysis;

/// <summary>
/// A match of a <see cref="SafeRegex"/> in a text: where it is, and the match that holds its groups. That match may
/// have been made on a copy of the line that holds it (see <see cref="SafeRegex.Matches"/>), so only this says where
/// it is in the text.
/// </summary>
public readonly struct RegexMatch
{
    /// <param name="match">The match that holds the groups.</param>
    /// <param name="text">The text, when <paramref name="match"/> was made on a copy of a part of it; otherwise null.</param>
    /// <param name="offset">Where the copy starts in <paramref name="text"/>; 0 for a match made on the text itself.</param>
    /// <param name="copyLength">How long the copy is.</param>
    internal RegexMatch(Match match, string? text = null, int offset = 0, int copyLength = 0)
    {
        Match = match;
        Text = text;
        Offset = offset;
        CopyLength = copyLength;
    }

    /// <summary>Where the match starts in the text.</summary>
    public int Index => Offset + Match.Index;

    /// <summary>How long it is.</summary>
    public int Length => Match.Length;

    /// <summary>What it matched.</summary>
    public string Value => Match.Value;

    /// <summary>The match that holds the groups, made on <see cref="Text"/> from <see cref="Offset"/> when that is not null.</summary>
    internal Match Match { get; }

    /// <summary>The text, when <see cref="Match"/> was made on a copy of the part of it that starts at <see cref="Offset"/>.</summary>
    internal string? Text { get; }

    /// <summary>Where the copy <see cref="Match"/> was made on starts in the text.</summary>
    internal int Offset { get; }

    /// <summary>How long that copy is.</summary>
    internal int CopyLength { get; }
}
