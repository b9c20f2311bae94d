using System.Text;
using Linter.Cli.Output;

namespace Linter.Cli.Tests;

public sealed class ReportOutputTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void A_utf8_stream_writer_gets_the_bytes_after_the_text_written_to_it_before()
    {
        using var stream = new MemoryStream();
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1024);
        writer.Write("قبل ");
        var output = new ReportOutput(writer, interactive: false);

        output.WriteLine("سطر");
        output.Flush();
        writer.Write("بعد");
        writer.Flush();

        Assert.Equal(Utf8.GetBytes("قبل سطر" + Environment.NewLine + "بعد"), stream.ToArray());
    }

    [Fact]
    public void A_writer_that_writes_a_byte_order_mark_writes_it_once_before_the_text()
    {
        using var stream = new MemoryStream();
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var output = new ReportOutput(writer, interactive: false);

        output.WriteLine("سطر");
        output.Flush();
        output.WriteLine("ثان");
        output.Flush();
        writer.Flush();

        Assert.Equal([.. Encoding.UTF8.Preamble, .. Utf8.GetBytes($"سطر{Environment.NewLine}ثان{Environment.NewLine}")], stream.ToArray());
    }

    [Fact]
    public void A_file_gets_the_report_a_block_at_a_time()
    {
        using var writer = new StringWriter();
        var output = new ReportOutput(writer, interactive: false);
        var line = new string('س', 999);

        // 2 bytes a letter and a line break: 131 lines stay under a block of 256 KiB, the 132nd fills it.
        for (var i = 0; i < 131; i++)
        {
            output.WriteLine(line);
            output.FlushWhenFull();
        }

        Assert.Equal(string.Empty, writer.ToString());

        output.WriteLine(line);
        output.FlushWhenFull();
        Assert.Equal(string.Concat(Enumerable.Repeat(line + Environment.NewLine, 132)), writer.ToString());
    }

    [Fact]
    public void A_terminal_gets_each_document_at_once()
    {
        using var writer = new StringWriter();
        var output = new ReportOutput(writer, interactive: true);

        output.FlushWhenFull();
        output.WriteLine("سطر");
        output.FlushWhenFull();

        Assert.Equal("سطر" + Environment.NewLine, writer.ToString());
    }
}
