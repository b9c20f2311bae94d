using Linter.Core.Pipeline;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Linter.Core.Text;

namespace Linter.Core.Tests.Fixes;

/// <summary>
/// The shipped rule pack and seed articles, loaded once for all property tests: the engine, the fixer and a
/// generator whose pool of clean sentences is the seed lines that lint clean on their own.
/// </summary>
public sealed class ShippedRulesFixture
{
    /// <summary>Article sentences have more words than the name line a masthead title may take with it.</summary>
    private const int MinSentenceWords = 6;

    public ShippedRulesFixture()
    {
        Engine = new LintEngine(TestSupport.LoadShippedRules());
        Fixer = new DocumentFixer(Engine);

        var seedLines = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => File.ReadAllText(path).Split('\n'))
            .Select(line => line.TrimEnd('\r'))
            .ToList();
        Assert.True(seedLines.Count > 0, "the seed articles should be copied next to the tests");

        var clean = new List<string>();
        var sentenceByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in seedLines)
        {
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinSentenceWords
                && Engine.LintText(TestSupport.DocumentPath, line).Count == 0
                && sentenceByKey.TryAdd(RepeatKey(line), clean.Count))
            {
                clean.Add(line);
            }
        }

        Assert.True(clean.Count >= 20, $"the seed articles should give at least 20 clean sentences, not {clean.Count}");
        var sentenceOf = seedLines
            .Select(line => sentenceByKey.GetValueOrDefault(RepeatKey(Fixer.FixText(TestSupport.DocumentPath, line).Text), -1))
            .ToList();
        Generator = new CorpusDocumentGenerator(seedLines, sentenceOf, clean);
    }

    public LintEngine Engine { get; }

    public DocumentFixer Fixer { get; }

    internal CorpusDocumentGenerator Generator { get; }

    /// <summary>Lines that the repeat check takes for the same line.</summary>
    private static string RepeatKey(string line) => ArabicNormalizer.Normalize(line).Text.Trim(' ');
}

/// <summary>
/// Properties of the fix loop over the shipped rules, each checked on ten thousand generated documents. A failure
/// names the seed and the document's index: <c>CorpusDocumentGenerator.Generate(seed, index)</c> rebuilds it.
/// </summary>
public class FixPropertyTests(ShippedRulesFixture shipped) : IClassFixture<ShippedRulesFixture>
{
    private const int Documents = 10_000;
    private const int FailuresShown = 3;
    private const string Path = TestSupport.DocumentPath;

    [Fact]
    public void Fixing_a_fixed_text_changes_nothing()
    {
        const int seed = 1;

        var failures = CheckAll(seed, index =>
        {
            var document = shipped.Generator.Generate(seed, index);
            var once = shipped.Fixer.FixText(Path, document.Text);
            var twice = shipped.Fixer.FixText(Path, once.Text);
            if (string.Equals(once.Text, twice.Text, StringComparison.Ordinal) && twice.Applied.Count == 0)
            {
                return null;
            }

            return $"fixing again applied {Describe(twice.Applied)}\n  fixed once: {Escape(once.Text)}\n  fixed twice: {Escape(twice.Text)}\n  input: {Escape(document.Text)}";
        });

        Assert.True(failures is null, failures);
    }

    [Fact]
    public void A_fixed_text_has_no_fixable_diagnostic_left()
    {
        const int seed = 2;

        var failures = CheckAll(seed, index =>
        {
            var document = shipped.Generator.Generate(seed, index);
            var result = shipped.Fixer.FixText(Path, document.Text);
            var fixable = result.Remaining.Where(d => d.Fix is not null).ToList();
            if (fixable.Count == 0 && !result.PassLimitReached)
            {
                return null;
            }

            return $"after {result.Passes} passes (pass limit reached: {result.PassLimitReached}) still fixable: {Describe(fixable)}\n  fixed: {Escape(result.Text)}\n  input: {Escape(document.Text)}";
        });

        Assert.True(failures is null, failures);
    }

    [Fact]
    public void Each_pass_changes_nothing_outside_the_edits_it_applied()
    {
        const int seed = 3;

        var failures = CheckAll(seed, index =>
        {
            var document = shipped.Generator.Generate(seed, index);
            var text = document.Text;
            for (var pass = 1; pass <= DocumentFixer.DefaultMaxPasses; pass++)
            {
                var fixable = shipped.Engine.LintText(Path, text).Where(d => d.Fix is not null).ToList();
                if (fixable.Count == 0)
                {
                    break;
                }

                var (next, applied) = FixApplier.ApplyOnce(text, fixable);
                if (CheckPass(text, next, applied) is { } failure)
                {
                    return $"pass {pass}: {failure}\n  pass input: {Escape(text)}\n  pass output: {Escape(next)}\n  input: {Escape(document.Text)}";
                }

                if (string.Equals(next, text, StringComparison.Ordinal))
                {
                    break;
                }

                text = next;
            }

            var fixedText = shipped.Fixer.FixText(Path, document.Text).Text;
            return string.Equals(fixedText, text, StringComparison.Ordinal)
                ? null
                : $"the fixer's text differs from the passes replayed one by one\n  fixer: {Escape(fixedText)}\n  replayed: {Escape(text)}\n  input: {Escape(document.Text)}";
        });

        Assert.True(failures is null, failures);
    }

    [Fact]
    public void Fixing_keeps_every_clean_article_sentence_in_order()
    {
        const int seed = 4;

        var failures = CheckAll(seed, index =>
        {
            var document = shipped.Generator.Generate(seed, index);
            var fixedLines = shipped.Fixer.FixText(Path, document.Text).Text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
            var at = 0;
            foreach (var clean in document.CleanLines)
            {
                while (at < fixedLines.Length && !string.Equals(fixedLines[at], clean, StringComparison.Ordinal))
                {
                    at++;
                }

                if (at == fixedLines.Length)
                {
                    return $"the clean sentence «{Escape(clean)}» is gone or out of order\n  fixed: {Escape(string.Join("\n", fixedLines))}\n  input: {Escape(document.Text)}";
                }

                at++;
            }

            return null;
        });

        Assert.True(failures is null, failures);
    }

    [Fact]
    public void Fixing_bytes_never_throws_and_keeps_encoding_byte_order_mark_line_breaks_and_final_newline()
    {
        const int seed = 5;

        var failures = CheckAll(seed, index =>
        {
            var file = shipped.Generator.GenerateFile(seed, index);
            var result = shipped.Fixer.FixDocument(new InputDocument(Path, () => file.Bytes));
            if (file.Text is null)
            {
                return result.Fixed is null && result.FixedBytes is null && result.Remaining.Count > 0
                    ? null
                    : $"undecodable bytes were fixed or reported nothing: {Convert.ToHexString(file.Bytes)}";
            }

            if (result.Fixed is null || result.Read.Decoded is not { Text: { } read } before)
            {
                return $"the file was not decoded: {Describe(result.Remaining)}\n  input: {Escape(file.Text)}";
            }

            var problems = new List<string>();
            if (before.Encoding != file.Encoding)
            {
                problems.Add($"written as {file.Encoding}, read as {before.Encoding}");
            }

            var after = DocumentDecoder.Decode(result.FixedBytes ?? file.Bytes);
            if (after.Text is not { } written)
            {
                problems.Add($"the fixed bytes do not decode: {after.Failure!.Message}");
            }
            else
            {
                if (after.Encoding != before.Encoding || after.HasByteOrderMark != before.HasByteOrderMark)
                {
                    problems.Add($"read as {before.Encoding} (BOM {before.HasByteOrderMark}), written as {after.Encoding} (BOM {after.HasByteOrderMark})");
                }

                if (!string.Equals(written, result.Fixed.Text, StringComparison.Ordinal))
                {
                    problems.Add("the fixed bytes do not hold the fixed text");
                }

                var stylesBefore = BreakStyles(read);
                var stylesAfter = BreakStyles(written);
                if ((stylesAfter & ~stylesBefore) != LineBreaks.None)
                {
                    problems.Add($"line breaks were {stylesBefore}, now {stylesAfter}");
                }

                if (written.Length > 0 && EndsWithBreak(read) != EndsWithBreak(written))
                {
                    problems.Add(EndsWithBreak(read) ? "the final newline was lost" : "a final newline was added");
                }
            }

            return problems.Count == 0
                ? null
                : $"{string.Join("; ", problems)}\n  fixed: {Escape(result.Fixed.Text)}\n  input: {Escape(file.Text)}";
        });

        Assert.True(failures is null, failures);
    }

    /// <summary>
    /// Checks one pass: the edits applied must not overlap, must stay on the lines of their diagnostic (or the
    /// line break and blank lines just before them), and the output must be the input with exactly those spans
    /// replaced, every other character unchanged and every line break outside them still a line break of its own.
    /// </summary>
    private static string? CheckPass(string input, string output, IReadOnlyList<Diagnostic> applied)
    {
        var source = new SourceText(input);
        var edits = new List<TextEdit>();
        foreach (var diagnostic in applied)
        {
            var firstLine = source.LineIndexOf(diagnostic.Span.Start);
            var lastLine = source.LineIndexOf(Math.Max(diagnostic.Span.Start, diagnostic.Span.End - 1));
            var regionStart = source.LineStart(firstLine);
            for (var line = firstLine - 1; line >= 0; line--)
            {
                regionStart = source.LineContentEnd(line);
                if (!source.IsBlankLine(line))
                {
                    break;
                }
            }

            var region = TextSpan.FromBounds(regionStart, source.LineEndIncludingBreak(lastLine));
            foreach (var edit in diagnostic.Fix!.Edits)
            {
                if (edit.Span.Start < region.Start || edit.Span.End > region.End)
                {
                    return $"{diagnostic.Id} at {diagnostic.Span} edits {edit.Span}, outside its lines {region}";
                }

                edits.Add(edit);
            }
        }

        edits.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        var position = 0;
        var outputPosition = 0;
        var lineBreaks = 0;
        foreach (var edit in edits)
        {
            if (edit.Span.Start < position)
            {
                return $"the applied edits overlap at {edit.Span}";
            }

            if (UnchangedGap(input, position, edit.Span.Start, output, ref outputPosition) is { } changed)
            {
                return changed;
            }

            lineBreaks += CountLineBreaks(input.AsSpan(position, edit.Span.Start - position)) + CountLineBreaks(edit.NewText);

            if (!output.AsSpan(outputPosition).StartsWith(edit.NewText, StringComparison.Ordinal))
            {
                return $"the edit of {edit.Span} was not written as «{Escape(edit.NewText)}» at output offset {outputPosition}";
            }

            outputPosition += edit.NewText.Length;
            position = edit.Span.End;
        }

        if (UnchangedGap(input, position, input.Length, output, ref outputPosition) is { } tail)
        {
            return tail;
        }

        if (outputPosition != output.Length)
        {
            return $"the output has {output.Length - outputPosition} characters more than the edits explain";
        }

        // The same characters can still make other lines: a lone CR left before an LF reads as one CRLF break.
        lineBreaks += CountLineBreaks(input.AsSpan(position));
        return CountLineBreaks(output) == lineBreaks
            ? null
            : $"the output has {CountLineBreaks(output)} line breaks, but the text between the edits and the edits' new text have {lineBreaks}";
    }

    /// <summary>Line breaks as <see cref="SourceText"/> counts them: LF, CRLF and a lone CR are one each.</summary>
    private static int CountLineBreaks(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    private static string? UnchangedGap(string input, int start, int end, string output, ref int outputPosition)
    {
        var gap = input.AsSpan(start, end - start);
        if (outputPosition + gap.Length > output.Length || !output.AsSpan(outputPosition, gap.Length).SequenceEqual(gap))
        {
            return $"the text between the edits, input [{start}..{end}), changed";
        }

        outputPosition += gap.Length;
        return null;
    }

    /// <summary>Runs <paramref name="property"/> on every document in parallel; null when it held on all of them.</summary>
    private static string? CheckAll(int seed, Func<int, string?> property)
    {
        var failures = new ConcurrentBag<(int Index, string Failure)>();
        Parallel.For(0, Documents, index =>
        {
            string? failure;
            try
            {
                failure = property(index);
            }
#pragma warning disable CA1031 // A throwing fix is a failing document, reported with the others.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = $"threw {exception}";
            }

            if (failure is not null)
            {
                failures.Add((index, failure));
            }
        });

        if (failures.IsEmpty)
        {
            return null;
        }

        var report = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{failures.Count} of {Documents} documents fail (seed {seed}); the first {Math.Min(FailuresShown, failures.Count)}:");
        foreach (var (index, failure) in failures.OrderBy(f => f.Index).Take(FailuresShown))
        {
            report.Append(CultureInfo.InvariantCulture, $"\n\ndocument {index} (CorpusDocumentGenerator.Generate({seed}, {index})): {failure}");
        }

        return report.ToString();
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(", ", diagnostics.Select(d => $"{d.Id} {d.Span} «{Escape(d.MatchedText)}»"));

    [Flags]
    private enum LineBreaks
    {
        None = 0,
        Lf = 1,
        CrLf = 2,
        Cr = 4,
    }

    private static LineBreaks BreakStyles(string text)
    {
        var styles = LineBreaks.None;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                var crLf = i + 1 < text.Length && text[i + 1] == '\n';
                styles |= crLf ? LineBreaks.CrLf : LineBreaks.Cr;
                i += crLf ? 1 : 0;
            }
            else if (text[i] == '\n')
            {
                styles |= LineBreaks.Lf;
            }
        }

        return styles;
    }

    private static bool EndsWithBreak(string text) => text.EndsWith('\n') || text.EndsWith('\r');

    /// <summary>A text on one line with its invisible characters spelled out, for failure messages.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\r' => builder.Append("\\r"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                _ when c != ' ' && (char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                    => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
