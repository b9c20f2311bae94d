using System.Text;

namespace Linter.Cli.Output;

/// <summary>
/// Standard error for a run whose standard output is buffered: before anything reaches standard error, what standard
/// output holds is flushed, so that a terminal or log showing both keeps their order (a diff, then its summary).
/// </summary>
internal sealed class OutputFirstWriter(TextWriter error, TextWriter output) : TextWriter
{
    /// <summary>The standard error written to.</summary>
    public TextWriter Error => error;

    /// <inheritdoc />
    public override Encoding Encoding => error.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        output.Flush();
        error.Write(value);
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count)
    {
        output.Flush();
        error.Write(buffer, index, count);
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        output.Flush();
        error.Write(value);
    }

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        output.Flush();
        error.WriteLine(value);
    }

    /// <inheritdoc />
    public override void Flush() => error.Flush();
}
