using Linter.Core.Pipeline;
using System.Text;
using Linter.Core.Fixes;
using Linter.Core.Text;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Fixes;

public class DocumentFixerTests
{
    private static readonly DocumentFixer Fixer = new(new LintEngine(Load(Rule("boilerplate", "phrases: [شارك]", category: "Boilerplate"))));

    [Fact]
    public void A_U_FEFF_brought_to_the_start_of_a_file_without_byte_order_mark_is_dropped()
    {
        // Two saved articles joined into one file: the second one's byte order mark is a U+FEFF inside the text.
        var bytes = Encoding.UTF8.GetBytes("شارك\n\uFEFFوصل كيم إلى روسيا.");

        var result = Fixer.FixDocument(new InputDocument(DocumentPath, () => bytes));
        var written = DocumentDecoder.Decode(result.FixedBytes!);

        Assert.Equal("وصل كيم إلى روسيا.", result.Fixed!.Text);
        Assert.Equal("وصل كيم إلى روسيا.", written.Text);
        Assert.False(written.HasByteOrderMark);
    }

    [Fact]
    public void A_U_FEFF_brought_to_the_start_of_a_file_with_byte_order_mark_is_kept()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("شارك\n\uFEFFوصل كيم.")).ToArray();

        var result = Fixer.FixDocument(new InputDocument(DocumentPath, () => bytes));
        var written = DocumentDecoder.Decode(result.FixedBytes!);

        Assert.Equal("\uFEFFوصل كيم.", written.Text);
        Assert.True(written.HasByteOrderMark);
    }
}
