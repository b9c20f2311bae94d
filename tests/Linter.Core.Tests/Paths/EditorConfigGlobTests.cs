using Linter.Core.Paths;

namespace Linter.Core.Tests.Paths;

/// <summary>
/// Section names against paths relative to the .editorconfig's folder, after the glob cases of the EditorConfig
/// core test suite (editorconfig-core-test, glob/ and filetree/).
/// </summary>
public sealed class EditorConfigGlobTests
{
    [Theory]
    [InlineData("a*e.c", "ace.c", true)]
    [InlineData("a*e.c", "ae.c", true)]
    [InlineData("a*e.c", "abcde.c", true)]
    [InlineData("a*e.c", "a/e.c", false)]
    [InlineData("a*e.c", "ab.c", false)]
    [InlineData("Bar/*", "Bar/foo.txt", true)]
    [InlineData("Bar/*", "Bar/.editorconfig", true)]
    [InlineData("Bar/*", "Bar/sub/foo.txt", false)]
    [InlineData("*", ".editorconfig", true)]
    [InlineData("*", "corpus/sub/a.txt", true)]
    [InlineData("*.txt", "a.txt", true)]
    [InlineData("*.txt", "a.md", false)]
    [InlineData("*.txt", "a.txt.md", false)]
    public void A_star_matches_any_run_of_characters_but_a_slash(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("a**z.c", "a/z.c", true)]
    [InlineData("a**z.c", "amnz.c", true)]
    [InlineData("a**z.c", "am/nz.c", true)]
    [InlineData("a**z.c", "a/mnz.c", true)]
    [InlineData("a**z.c", "amn/z.c", true)]
    [InlineData("a**z.c", "a/mn/z.c", true)]
    [InlineData("b/**z.c", "b/z.c", true)]
    [InlineData("b/**z.c", "b/mnz.c", true)]
    [InlineData("b/**z.c", "b/mn/z.c", true)]
    [InlineData("b/**z.c", "bmnz.c", false)]
    [InlineData("b/**z.c", "bm/nz.c", false)]
    [InlineData("b/**z.c", "bmn/z.c", false)]
    [InlineData("c**/z.c", "c/z.c", true)]
    [InlineData("c**/z.c", "cmn/z.c", true)]
    [InlineData("c**/z.c", "c/mn/z.c", true)]
    [InlineData("c**/z.c", "cmnz.c", false)]
    [InlineData("c**/z.c", "cm/nz.c", false)]
    [InlineData("c**/z.c", "c/mnz.c", false)]
    [InlineData("d/**/z.c", "d/z.c", true)]
    [InlineData("d/**/z.c", "d/mn/z.c", true)]
    [InlineData("d/**/z.c", "dmnz.c", false)]
    [InlineData("d/**/z.c", "dm/nz.c", false)]
    [InlineData("d/**/z.c", "d/mnz.c", false)]
    [InlineData("d/**/z.c", "dmn/z.c", false)]
    [InlineData("corpus/**", "corpus/a.txt", true)]
    [InlineData("corpus/**", "corpus/sub/deeper/a.txt", true)]
    [InlineData("corpus/**", "other/corpus/a.txt", false)]
    [InlineData("corpus/**.txt", "corpus/sub/a.txt", true)]
    [InlineData("corpus/**.txt", "corpus/sub/a.md", false)]
    public void A_double_star_matches_across_folders(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("**/a.txt", "a.txt", true)]
    [InlineData("**/a.txt", "sub/a.txt", true)]
    [InlineData("**/a.txt", "sub/deeper/a.txt", true)]
    [InlineData("**/a.txt", "ba.txt", false)]
    [InlineData("corpus/**/a.txt", "corpus/a.txt", true)]
    [InlineData("corpus/**/a.txt", "corpus/sub/a.txt", true)]
    [InlineData("corpus/**/a.txt", "corpusa.txt", false)]
    public void A_double_star_slash_also_matches_no_folder(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("som?.c", "some.c", true)]
    [InlineData("som?.c", "som.c", false)]
    [InlineData("som?.c", "something.c", false)]
    [InlineData("som?.c", "som/.c", false)]
    [InlineData("???.txt", "ابن.txt", true)]
    public void A_question_mark_matches_one_character_but_a_slash(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("[ab].a", "a.a", true)]
    [InlineData("[ab].a", "c.a", false)]
    [InlineData("[!ab].b", "c.b", true)]
    [InlineData("[!ab].b", "a.b", false)]
    [InlineData("[d-g].c", "f.c", true)]
    [InlineData("[d-g].c", "h.c", false)]
    [InlineData("[!d-g].d", "h.d", true)]
    [InlineData("[!d-g].d", "f.d", false)]
    [InlineData("[abd-g].e", "e.e", true)]
    [InlineData("[abd-g].e", "c.e", false)]
    [InlineData("[-ab].f", "-.f", true)]
    [InlineData("[ab]].g", "b].g", true)]
    [InlineData("[!ab]].g", "c].g", true)]
    [InlineData("[!ab]].g", "a].g", false)]
    [InlineData("[^a].h", "^.h", true)]
    [InlineData("[^a].h", "b.h", false)]
    public void Brackets_match_one_character_of_a_set(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("[\\]ab].g", "].g", true)]
    [InlineData("[\\]ab].g", "a.g", true)]
    [InlineData("[!\\]ab].g", "c.g", true)]
    [InlineData("[!\\]ab].g", "].g", false)]
    public void An_escaped_close_bracket_belongs_to_the_set(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("ab[e/]cd.i", "ab[e/]cd.i", true)]
    [InlineData("ab[e/]cd.i", "ab/cd.i", false)]
    [InlineData("ab[e/]cd.i", "abecd.i", false)]
    [InlineData("ab[/c", "ab[/c", true)]
    [InlineData("[ab.txt", "[ab.txt", true)]
    [InlineData("[ab.txt", "a.txt", false)]
    public void Brackets_with_a_slash_or_without_a_close_are_literal(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("*.{py,js,html}", "test.py", true)]
    [InlineData("*.{py,js,html}", "test.js", true)]
    [InlineData("*.{py,js,html}", "test.html", true)]
    [InlineData("*.{py,js,html}", "test.pyc", false)]
    [InlineData("a{b,c,}.d", "a.d", true)]
    [InlineData("a{b,c,}.d", "ab.d", true)]
    [InlineData("a{b,c,}.d", "ac.d", true)]
    [InlineData("a{b,c,}.d", "a,.d", false)]
    [InlineData("a{,b,,c,}.e", "a.e", true)]
    [InlineData("a{,b,,c,}.e", "ab.e", true)]
    [InlineData("a{,b,,c,}.e", "ac.e", true)]
    [InlineData("a{,b,,c,}.e", "a,.e", false)]
    public void Braces_match_one_of_their_words(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("{single}.b", "{single}.b", true)]
    [InlineData("{single}.b", "single.b", false)]
    [InlineData("{single}.b", ".b", false)]
    [InlineData("{}.c", "{}.c", true)]
    [InlineData("{}.c", ".c", false)]
    [InlineData("{aardvark..antelope}", "{aardvark..antelope}", true)]
    [InlineData("{aardvark..antelope}", "a", false)]
    [InlineData("{aardvark..antelope}", "aardvark", false)]
    [InlineData("{aardvark..antelope}", "agreement", false)]
    [InlineData("{aardvark..antelope}", "antelope", false)]
    public void Braces_around_a_single_word_are_literal(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("{word,{also},this}.g", "word.g", true)]
    [InlineData("{word,{also},this}.g", "{also}.g", true)]
    [InlineData("{word,{also},this}.g", "this.g", true)]
    [InlineData("{word,{also},this}.g", "word,this}.g", false)]
    [InlineData("{word,{also},this}.g", "{also,this}.g", false)]
    [InlineData("{{a,b},c}.k", "a.k", true)]
    [InlineData("{{a,b},c}.k", "b.k", true)]
    [InlineData("{{a,b},c}.k", "c.k", true)]
    [InlineData("{{a,b},c}.k", "{{a,b},c}.k", false)]
    [InlineData("{{a,b},c}.k", "{a,b}.k", false)]
    [InlineData("{a,{b,c}}.l", "a.l", true)]
    [InlineData("{a,{b,c}}.l", "b.l", true)]
    [InlineData("{a,{b,c}}.l", "c.l", true)]
    [InlineData("{a,{b,c}}.l", "{b,c}.l", false)]
    [InlineData("{some,a{*c,b}[ef]}.j", "some.j", true)]
    [InlineData("{some,a{*c,b}[ef]}.j", "abe.j", true)]
    [InlineData("{some,a{*c,b}[ef]}.j", "abf.j", true)]
    [InlineData("{some,a{*c,b}[ef]}.j", "abg.j", false)]
    [InlineData("{some,a{*c,b}[ef]}.j", "ace.j", true)]
    [InlineData("{some,a{*c,b}[ef]}.j", "acf.j", true)]
    [InlineData("{some,a{*c,b}[ef]}.j", "acg.j", false)]
    [InlineData("{some,a{*c,b}[ef]}.j", "abce.j", true)]
    [InlineData("{some,a{*c,b}[ef]}.j", "abcf.j", true)]
    [InlineData("{some,a{*c,b}[ef]}.j", "abcg.j", false)]
    [InlineData("{some,a{*c,b}[ef]}.j", "ae.j", false)]
    [InlineData("{some,a{*c,b}[ef]}.j", ".j", false)]
    [InlineData("corpus/{news,opinion}/*.txt", "corpus/news/a.txt", true)]
    [InlineData("corpus/{news,opinion}/*.txt", "corpus/sports/a.txt", false)]
    public void Braces_nest_and_hold_globs(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("{.f", "{.f", true)]
    [InlineData("{.f", ".f", false)]
    [InlineData("{},b}.h", "{},b}.h", true)]
    [InlineData("{{,b,c{d}.i", "{{,b,c{d}.i", true)]
    [InlineData("{{,b,c{d}.i", "{.i", false)]
    [InlineData("{{,b,c{d}.i", "b.i", false)]
    [InlineData("{{,b,c{d}.i", "c{d.i", false)]
    [InlineData("{{,b,c{d}.i", ".i", false)]
    public void Unmatched_braces_are_literal(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("{3..120}", "1", false)]
    [InlineData("{3..120}", "3", true)]
    [InlineData("{3..120}", "15", true)]
    [InlineData("{3..120}", "60", true)]
    [InlineData("{3..120}", "5a", false)]
    [InlineData("{3..120}", "120", true)]
    [InlineData("{3..120}", "121", false)]
    [InlineData("{3..120}", "sub/60", true)]
    [InlineData("issue-{1..12}.txt", "issue-7.txt", true)]
    [InlineData("issue-{1..12}.txt", "issue-13.txt", false)]
    [InlineData("issue-{1..12}.txt", "issue-0.txt", false)]
    [InlineData("issue-{1..12}.txt", "issue-.txt", false)]
    [InlineData("issue-{1..12}.txt", "issue-99999999999.txt", false)]
    [InlineData("{-3..3}.txt", "-3.txt", true)]
    [InlineData("{-3..3}.txt", "-1.txt", true)]
    [InlineData("{-3..3}.txt", "0.txt", true)]
    [InlineData("{-3..3}.txt", "3.txt", true)]
    [InlineData("{-3..3}.txt", "-4.txt", false)]
    [InlineData("{-3..3}.txt", "4.txt", false)]
    [InlineData("{9..1}.txt", "5.txt", true)]
    [InlineData("{9..1}.txt", "10.txt", false)]
    [InlineData("{1..3}-{7..9}.txt", "2-8.txt", true)]
    [InlineData("{1..3}-{7..9}.txt", "2-6.txt", false)]
    [InlineData("{1..3}-{7..9}.txt", "4-8.txt", false)]
    [InlineData("{a,{1..3}}.txt", "a.txt", true)]
    [InlineData("{a,{1..3}}.txt", "2.txt", true)]
    [InlineData("{a,{1..3}}.txt", "4.txt", false)]
    public void Numeric_braces_match_whole_numbers_in_their_range(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Fact]
    public void A_number_with_a_leading_zero_is_not_in_a_numeric_range()
    {
        var glob = new EditorConfigGlob("{3..120}");

        var matches = glob.IsMatch("060");

        Assert.False(matches, "the EditorConfig core tests (braces_numeric_range8) expect '060' not to match '{3..120}'");
    }

    [Theory]
    [InlineData("{a\\,b,cd}.txt", "a,b.txt", true)]
    [InlineData("{a\\,b,cd}.txt", "a.txt", false)]
    [InlineData("{a\\,b,cd}.txt", "cd.txt", true)]
    [InlineData("{e,\\},f}.txt", "e.txt", true)]
    [InlineData("{e,\\},f}.txt", "}.txt", true)]
    [InlineData("{e,\\},f}.txt", "f.txt", true)]
    [InlineData("{g,\\\\,i}.txt", "g.txt", true)]
    [InlineData("{g,\\\\,i}.txt", "\\.txt", true)]
    [InlineData("{g,\\\\,i}.txt", "i.txt", true)]
    [InlineData("\\*.txt", "*.txt", true)]
    [InlineData("\\*.txt", "a.txt", false)]
    [InlineData("\\?.txt", "?.txt", true)]
    [InlineData("\\?.txt", "a.txt", false)]
    [InlineData("\\[ab].txt", "[ab].txt", true)]
    [InlineData("\\[ab].txt", "a.txt", false)]
    [InlineData("\\{a,b}.txt", "{a,b}.txt", true)]
    [InlineData("\\{a,b}.txt", "a.txt", false)]
    [InlineData("test\\;.c", "test;.c", true)]
    [InlineData("test\\#.c", "test#.c", true)]
    [InlineData("a+b(1).txt", "a+b(1).txt", true)]
    [InlineData("a+b(1).txt", "aab(1).txt", false)]
    [InlineData("$a^.txt", "$a^.txt", true)]
    public void Escaped_and_regex_special_characters_are_literal(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("path/separator", "path/separator", true)]
    [InlineData("path/separator", "nested/path/separator", false)]
    [InlineData("/top/of/path", "top/of/path", true)]
    [InlineData("/top/of/path", "not/top/of/path", false)]
    [InlineData("windows\\separator", "windows/separator", false)]
    [InlineData("windows\\\\separator2", "windows/separator2", false)]
    [InlineData("windows\\\\separator2", "windows\\separator2", true)]
    [InlineData("corpus/*.txt", "corpus/a.txt", true)]
    [InlineData("corpus/*.txt", "corpus/sub/a.txt", false)]
    [InlineData("corpus/*.txt", "archive/corpus/a.txt", false)]
    [InlineData("/a.txt", "a.txt", true)]
    [InlineData("/a.txt", "sub/a.txt", false)]
    [InlineData("/*.txt", "a.txt", true)]
    [InlineData("/*.txt", "sub/a.txt", false)]
    public void A_section_with_a_slash_is_anchored_to_its_folder(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("a.txt", "a.txt", true)]
    [InlineData("a.txt", "sub/a.txt", true)]
    [InlineData("a.txt", "sub/deeper/a.txt", true)]
    [InlineData("a.txt", "sub/ba.txt", false)]
    [InlineData("a.txt", "a.txt/b.md", false)]
    [InlineData("*.txt", "sub/deeper/b.txt", true)]
    [InlineData("中文.txt", "中文.txt", true)]
    [InlineData("مقال-*.txt", "أخبار/مقال-1.txt", true)]
    [InlineData("مقال-*.txt", "أخبار/رأي-1.txt", false)]
    public void A_section_without_a_slash_matches_the_file_name_in_any_folder(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("*.TXT", "a.txt", false)]
    [InlineData("Corpus/*", "corpus/a.txt", false)]
    public void Matching_is_case_sensitive(string section, string path, bool expected) =>
        AssertMatch(section, path, expected);

    [Theory]
    [InlineData("[z-a].txt")]
    [InlineData("[]].txt")]
    [InlineData("a[]b.txt")]
    [InlineData("[!].txt")]
    public void A_bracket_set_that_is_no_valid_set_does_not_throw(string section)
    {
        var exception = Record.Exception(() => new EditorConfigGlob(section).IsMatch("a.txt"));

        Assert.Null(exception);
    }

    [Fact]
    public void The_section_is_kept_as_written()
    {
        var glob = new EditorConfigGlob("/corpus/{a,b}.txt");

        Assert.Equal("/corpus/{a,b}.txt", glob.Section);
    }

    private static void AssertMatch(string section, string path, bool expected) =>
        Assert.True(
            new EditorConfigGlob(section).IsMatch(path) == expected,
            $"[{section}] should {(expected ? string.Empty : "not ")}match '{path}'");
}
