using System.Buffers;
using System.Text;

namespace Linter.Cli.Output;

/// <summary>Lines of text written as UTF-8, each ending as <see cref="TextWriter.WriteLine(string)"/> ends it.</summary>
internal static class Utf8Lines
{
    /// <summary>Writes <paramref name="line"/> and a line break.</summary>
    public static void WriteLine(this IBufferWriter<byte> output, ReadOnlySpan<char> line)
    {
        Encoding.UTF8.GetBytes(line, output);
        Encoding.UTF8.GetBytes(Environment.NewLine, output);
    }
}
