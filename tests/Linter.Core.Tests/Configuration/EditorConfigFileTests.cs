using Linter.Core.Configuration;

namespace Linter.Core.Tests.Configuration;

public sealed class EditorConfigFileTests
{
    private const string Path = "corpus/.editorconfig";

    [Theory]
    [InlineData("root = true\n[*]\nk = v\n", true)]
    [InlineData("root=true\n", true)]
    [InlineData("ROOT = TRUE\n", true)]
    [InlineData("Root = True\n", true)]
    [InlineData("  root   =   true  \n", true)]
    [InlineData("# a comment\n\nroot = true\n[*]\n", true)]
    [InlineData("root = false\n[*]\n", false)]
    [InlineData("root = yes\n[*]\n", false)]
    [InlineData("[*]\nroot = true\n", false)]
    [InlineData("", false)]
    public void Root_is_read_from_the_preamble_only(string text, bool expected)
    {
        var file = EditorConfigFile.Parse(Path, text);

        Assert.Equal(expected, file.IsRoot);
    }

    [Fact]
    public void Root_inside_a_section_is_an_ordinary_property()
    {
        var file = EditorConfigFile.Parse(Path, "[*]\nroot = true\n");

        var property = Assert.Single(Assert.Single(file.Sections).Properties);
        Assert.Equal(new EditorConfigProperty("root", "true", 2, 1, 8), property);
    }

    [Fact]
    public void The_preamble_holds_no_properties()
    {
        var file = EditorConfigFile.Parse(Path, "root = true\nindent_size = 4\n[*.txt]\nk = v\n");

        var section = Assert.Single(file.Sections);
        Assert.Equal("*.txt", section.Glob.Section);
        Assert.Equal(["k"], section.Properties.Select(p => p.Key));
        Assert.Empty(file.PropertiesFor("a.md"));
    }

    [Fact]
    public void Sections_and_their_properties_keep_file_order()
    {
        var file = EditorConfigFile.Parse(Path, """
            root = true

            [*]
            a = 1
            b = 2

            [*.txt]
            c = 3

            [*]
            d = 4
            """);

        Assert.True(file.IsRoot);
        Assert.Equal(Path, file.Path);
        Assert.Equal(["*", "*.txt", "*"], file.Sections.Select(s => s.Glob.Section));
        Assert.Equal(["a", "b"], file.Sections[0].Properties.Select(p => p.Key));
        Assert.Equal(["c"], file.Sections[1].Properties.Select(p => p.Key));
        Assert.Equal(["d"], file.Sections[2].Properties.Select(p => p.Key));
    }

    [Fact]
    public void A_section_with_no_properties_is_kept()
    {
        var file = EditorConfigFile.Parse(Path, "[*.md]\n[*.txt]\nk = v\n");

        Assert.Equal(["*.md", "*.txt"], file.Sections.Select(s => s.Glob.Section));
        Assert.Empty(file.Sections[0].Properties);
    }

    [Fact]
    public void Keys_are_lower_cased_and_values_kept_as_written_but_trimmed()
    {
        var file = EditorConfigFile.Parse(Path, "[*]\nCorpusLint_Diagnostic.CL1001.Severity =   Warning  \n");

        var property = Assert.Single(Assert.Single(file.Sections).Properties);
        Assert.Equal("corpuslint_diagnostic.cl1001.severity", property.Key);
        Assert.Equal("Warning", property.Value);
    }

    [Theory]
    [InlineData("key=value", "key", "value", 1, 5)]
    [InlineData("key = value", "key", "value", 1, 7)]
    [InlineData("key  =   value", "key", "value", 1, 10)]
    [InlineData("  key=value", "key", "value", 3, 7)]
    [InlineData("key=value  ", "key", "value", 1, 5)]
    [InlineData("\tkey =\tvalue", "key", "value", 2, 8)]
    [InlineData("   my key  =  a = b", "my key", "a = b", 4, 15)]
    [InlineData("key = value ; not a comment", "key", "value ; not a comment", 1, 7)]
    [InlineData("key = value # not a comment", "key", "value # not a comment", 1, 7)]
    [InlineData("key = نعم", "key", "نعم", 1, 7)]
    public void A_property_records_its_key_and_value_positions(string line, string key, string value, int keyColumn, int valueColumn)
    {
        var file = EditorConfigFile.Parse(Path, "root = true\n[*]\n" + line + "\n");

        var property = Assert.Single(Assert.Single(file.Sections).Properties);
        Assert.Equal(new EditorConfigProperty(key, value, 3, keyColumn, valueColumn), property);
    }

    [Fact]
    public void An_empty_value_is_kept()
    {
        var file = EditorConfigFile.Parse(Path, "[*]\nkey =\n");

        var property = Assert.Single(Assert.Single(file.Sections).Properties);
        Assert.Equal("key", property.Key);
        Assert.Equal(string.Empty, property.Value);
        Assert.Equal(2, property.Line);
        Assert.Equal(1, property.KeyColumn);
    }

    [Fact]
    public void Comments_blank_lines_and_junk_lines_are_ignored()
    {
        var file = EditorConfigFile.Parse(Path, """
            ; a comment
            # another comment
            root = true

            [*.txt]
            ; key = commented out
              # key = commented out, indented
            a line without an equals sign
            = no key
            [unclosed section
            b = 2

            c = 3
            """);

        var section = Assert.Single(file.Sections);
        Assert.Equal("*.txt", section.Glob.Section);
        Assert.Equal(
            [new EditorConfigProperty("b", "2", 11, 1, 5), new EditorConfigProperty("c", "3", 13, 1, 5)],
            section.Properties);
    }

    [Theory]
    [InlineData("[*.txt]", "*.txt")]
    [InlineData("  [*.txt]", "*.txt")]
    [InlineData("[*.txt]  ", "*.txt")]
    [InlineData("[ test 7 ]", " test 7 ")]
    [InlineData("[[ab].txt]", "[ab].txt")]
    [InlineData("[test\\;.c]", "test\\;.c")]
    [InlineData("[a=b]", "a=b")]
    public void A_section_name_is_what_lies_between_the_outer_brackets(string line, string expected)
    {
        var file = EditorConfigFile.Parse(Path, line + "\nk = v\n");

        var section = Assert.Single(file.Sections);
        Assert.Equal(expected, section.Glob.Section);
        Assert.Single(section.Properties);
    }

    [Fact]
    public void Crlf_text_gives_the_same_properties_and_positions_as_lf_text()
    {
        const string Lf = "root = true\n\n[*.txt]\nkey = value\n  other =  2\n";

        var lf = EditorConfigFile.Parse(Path, Lf);
        var crlf = EditorConfigFile.Parse(Path, Lf.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.True(crlf.IsRoot);
        Assert.Equal(
            [new EditorConfigProperty("key", "value", 4, 1, 7), new EditorConfigProperty("other", "2", 5, 3, 12)],
            Assert.Single(crlf.Sections).Properties);
        Assert.Equal(Assert.Single(lf.Sections).Properties, Assert.Single(crlf.Sections).Properties);
    }

    [Fact]
    public void A_section_line_in_crlf_text_is_still_a_section()
    {
        var file = EditorConfigFile.Parse(Path, "root = true\r\n[*.txt]\r\nk = v\r\n");

        Assert.Equal("*.txt", Assert.Single(file.Sections).Glob.Section);
    }

    [Fact]
    public void Properties_for_a_path_come_from_the_matching_sections_in_file_order()
    {
        var file = EditorConfigFile.Parse(Path, """
            root = true
            [*]
            a = 1
            [sub/**]
            b = 2
            [*.md]
            c = 3
            [*.txt]
            a = 4
            """);

        Assert.Equal(["a=1", "a=4"], file.PropertiesFor("x.txt").Select(p => p.Key + "=" + p.Value));
        Assert.Equal(["a=1", "b=2", "a=4"], file.PropertiesFor("sub/deeper/x.txt").Select(p => p.Key + "=" + p.Value));
        Assert.Equal(["a=1", "b=2", "c=3"], file.PropertiesFor("sub/x.md").Select(p => p.Key + "=" + p.Value));
        Assert.Equal(["a=1"], file.PropertiesFor("x.csv").Select(p => p.Key + "=" + p.Value));
    }

    [Fact]
    public void A_repeated_section_applies_each_time()
    {
        var file = EditorConfigFile.Parse(Path, "[*.a]\noption1 = value1\n[*.a]\noption2 = value2\n");

        Assert.Equal(["option1", "option2"], file.PropertiesFor("a.a").Select(p => p.Key));
    }

    [Theory]
    [InlineData("[[z-a].txt]\nk = v\n")]
    [InlineData("[a[]b.txt]\nk = v\n")]
    [InlineData("[[!].txt]\nk = v\n")]
    public void A_section_whose_bracket_set_is_no_valid_set_still_loads(string text)
    {
        var exception = Record.Exception(() => EditorConfigFile.Parse(Path, text).PropertiesFor("a.txt").ToList());

        Assert.Null(exception);
    }
}
