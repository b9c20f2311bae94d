using Linter.Core.Diagnostics;
using Linter.Core.Rules;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Rules;

public class RuleLoaderTests
{
    private const string Valid = """
        rules:
          - id: CL1001
            kind: substitution
            title: Korean place names
            message: "'{match}' should be '{suggestion}'"
            category: Transliteration
            severity: warning
            swap:
              بوينغ يانغ: بيونغ يانغ
        """;

    [Fact]
    public void A_valid_file_loads_with_its_descriptor()
    {
        var result = RuleLoader.Load([new RuleFile("t.yaml", Valid)]);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        var descriptor = Assert.Single(result.RuleSet!.Descriptors);
        Assert.Equal("CL1001", descriptor.Id);
        Assert.Equal("substitution", descriptor.Kind);
        Assert.Equal("Korean place names", descriptor.Title);
        Assert.Equal("Transliteration", descriptor.Category);
        Assert.Equal(Severity.Warning, descriptor.DefaultSeverity);
        Assert.Equal(new SourceLocation("t.yaml", 2, 9), descriptor.Source);
    }

    [Theory]
    [InlineData("- {\n0", 1, 1)]
    [InlineData("- :", 2, 1)]
    [InlineData("rules:\n  - id: X\n    files: [\u000ecorpus/**    title: t\n/*.txt\"]\n", 3, 32)]
    public void Yaml_the_reader_fails_on_is_an_error_not_a_crash(string text, int line, int column)
    {
        // Found by fuzz/run.sh: the YAML reader throws InvalidOperationException or ArgumentException on these.
        var error = SingleError(text);

        AssertError(error, line, column, "invalid YAML: the text could not be read past here");
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(257)]
    public void Yaml_nested_past_the_limit_is_an_error_at_the_bracket_past_it(int depth)
    {
        var error = SingleError("rules: " + new string('[', depth));

        AssertError(error, 1, 8 + 256, "invalid YAML: lists and mappings nested more than 256 deep");
    }

    [Fact]
    public void Yaml_syntax_error()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korea: names
            """);

        AssertError(error, 4, 17, "invalid YAML: While scanning a plain scalar value, found invalid mapping");
    }

    [Fact]
    public void Duplicate_yaml_key()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                kind: pattern
            """);

        AssertError(error, 4, 5, "invalid YAML: Duplicate key kind");
    }

    [Fact]
    public void Unknown_key()
    {
        var errors = LoadErrors(new RuleFile(RulePath, """
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severty: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
            """));

        // In the order of the file.
        Assert.Equal(2, errors.Count);
        AssertError(errors[0], 2, 5, "a substitution rule is missing the required key 'severity'");
        AssertError(errors[1], 7, 5, "unknown key 'severty' in a substitution rule; expected one of: id, kind, title, message, category, severity, description, help, help_uri, files, examples, swap, fold");
    }

    [Fact]
    public void Every_mistake_of_a_rule_file_is_reported_in_one_load()
    {
        var errors = LoadErrors(new RuleFile(RulePath, """
            rules:
              - id: cl9001
                kind: pattern
                title: Stray letters
                message: 'Found {mtch}'
                category: Typografy
                severity: warn
                colour: red
                regex: '(ab'
                help_uri: not-a-uri
              - id: CL9002
                kind: substitution
                title: Misspelling
                message: '{match}'
                category: Spelling
                severity: warning
                swaps:
                  بوينغ يانغ: بيونغ يانغ
            """));

        Assert.Equal(
            [
                "t.yaml(2,9): error: rule id 'cl9001' must be capital letters followed by at least three digits, such as CL1001",
                "t.yaml(5,21): error: unknown placeholder '{mtch}'; this rule offers {match}, {suggestion}",
                "t.yaml(6,15): error: 'category' must be one of Boilerplate, Duplication, Transliteration, Spelling, Formatting, not 'Typografy'",
                "t.yaml(7,15): error: 'severity' must be one of error, warning, suggestion, silent, none, not 'warn'",
                "t.yaml(8,5): error: unknown key 'colour' in a pattern rule; expected one of: id, kind, title, message, category, severity, description, help, help_uri, files, examples, regex, replacement, scope, decode, in_vowelled_text",
                "t.yaml(9,15): error: invalid regular expression: a '(' is never closed (at character 3 of '(ab')",
                "t.yaml(10,15): error: 'help_uri' must be an absolute http or https URI, such as https://example.org/rules/CL1001, not 'not-a-uri'",
                "t.yaml(11,5): error: a substitution rule is missing the required key 'swap'",
                "t.yaml(17,5): error: unknown key 'swaps' in a substitution rule; expected one of: id, kind, title, message, category, severity, description, help, help_uri, files, examples, swap, fold",
            ],
            errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Unknown_key_in_a_nested_object()
    {
        var error = SingleError("""
            rules:
              - id: CL2001
                kind: consistency
                title: Pyongyang
                message: "use '{suggestion}'"
                category: Transliteration
                severity: warning
                families:
                  - name: Pyongyang
                    prefered: بيونغ يانغ
                    preferred: بيونغ يانغ
                    forms: [بيونغ يانغ, بيونج يانج]
            """);

        AssertError(error, 10, 9, "unknown key 'prefered' in an item of 'families'; expected one of: name, preferred, forms, scope, description");
    }

    [Fact]
    public void Missing_required_field()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
            """);

        AssertError(error, 2, 5, "a substitution rule is missing the required key 'title'");
    }

    [Fact]
    public void Missing_kind_specific_field()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: pattern
                title: Digits
                message: "'{match}'"
                category: Formatting
                severity: warning
            """);

        AssertError(error, 2, 5, "a pattern rule is missing the required key 'regex'");
    }

    [Fact]
    public void A_list_where_a_string_is_expected()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message:
                  - one
                  - two
                category: Transliteration
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
            """);

        AssertError(error, 6, 7, "'message' must be a string");
    }

    [Fact]
    public void A_list_where_a_mapping_is_expected()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                swap: [بوينغ يانغ, بيونغ يانغ]
            """);

        AssertError(error, 8, 11, "'swap' must be a mapping of strings to strings");
    }

    [Fact]
    public void A_string_where_a_list_is_expected()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                fold: alef
                swap:
                  بوينغ يانغ: بيونغ يانغ
            """);

        AssertError(error, 8, 11, "'fold' must be a list of strings");
    }

    [Fact]
    public void Bad_severity_value()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: fatal
                swap:
                  بوينغ يانغ: بيونغ يانغ
            """);

        AssertError(error, 7, 15, "'severity' must be one of error, warning, suggestion, silent, none, not 'fatal'");
    }

    [Fact]
    public void Bad_category_value()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Typography
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
            """);

        AssertError(error, 6, 15, "'category' must be one of Boilerplate, Duplication, Transliteration, Spelling, Formatting, not 'Typography'");
    }

    [Fact]
    public void Bad_fold_value()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                fold: [alef, hamza]
                swap:
                  بوينغ يانغ: بيونغ يانغ
            """);

        AssertError(error, 8, 18, "'fold' must be one of alef, alef-maqsura, ta-marbuta, not 'hamza'");
    }

    [Fact]
    public void Unknown_kind()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: transliteration
                title: Korean place names
            """);

        AssertError(error, 3, 11, "'kind' must be one of boilerplate, substitution, consistency, repetition, pattern, pairing, duplicate-document, repeated-paragraph, leftover, not 'transliteration'");
    }

    [Fact]
    public void Bad_id()
    {
        var error = SingleError(Valid.Replace("id: CL1001", "id: cl-1", StringComparison.Ordinal));

        AssertError(error, 2, 9, "rule id 'cl-1' must be capital letters followed by at least three digits, such as CL1001");
    }

    [Fact]
    public void Help_uri_is_read_into_the_descriptor_and_its_mixed_descriptor()
    {
        var ruleSet = Load(new RuleFile(RulePath, """
            rules:
              - id: CL3001
                kind: consistency
                title: Pyongyang
                message: "use '{suggestion}'"
                category: Transliteration
                severity: suggestion
                help_uri: https://ar.wikipedia.org/wiki/بيونغ_يانغ
                families:
                  - name: Pyongyang
                    preferred: بيونغ يانغ
                    forms: [بيونغ يانغ, بيونج يانج]
                mixed:
                  id: CL3002
                  message: mixed
                  severity: warning
            """));

        Assert.All(ruleSet.Descriptors, descriptor => Assert.Equal(
            "https://ar.wikipedia.org/wiki/%D8%A8%D9%8A%D9%88%D9%86%D8%BA_%D9%8A%D8%A7%D9%86%D8%BA",
            descriptor.HelpUri?.AbsoluteUri));
    }

    [Fact]
    public void Help_uri_is_optional()
    {
        var ruleSet = Load(new RuleFile(RulePath, Valid));

        Assert.Null(Assert.Single(ruleSet.Descriptors).HelpUri);
    }

    [Theory]
    [InlineData("docs/CL1001.md")]
    [InlineData("ftp://example.org/CL1001")]
    [InlineData("file:///rules/CL1001.md")]
    [InlineData("https://")]
    [InlineData("https://example.org/a b")]
    [InlineData("mailto:rules@example.org")]
    public void Help_uri_that_is_not_an_absolute_http_uri(string value)
    {
        var error = SingleError(Valid.Replace("severity: warning", $"severity: warning\n    help_uri: '{value}'", StringComparison.Ordinal));

        AssertError(error, 8, 16, $"'help_uri' must be an absolute http or https URI, such as https://example.org/rules/CL1001, not '{value}'");
    }

    [Theory]
    [InlineData("max_block_lines: 0", "'max_block_lines' must be at least 1, not 0")]
    [InlineData("min_letters: many", "'min_letters' must be an integer, not 'many'")]
    [InlineData("min_letters: [2]", "'min_letters' must be an integer")]
    public void Bad_integer(string field, string message)
    {
        var error = SingleError(Rule("repetition", field, category: "Duplication"));

        AssertError(error, 8, 5 + field.IndexOf(':', StringComparison.Ordinal) + 2, message);
    }

    [Fact]
    public void Duplicate_ids_across_two_files()
    {
        var errors = LoadErrors(new RuleFile("a.yaml", Valid), new RuleFile("b.yaml", Valid));

        AssertError(Assert.Single(errors), 2, 9, "duplicate rule id 'CL1001'; first defined at a.yaml(2,9)", path: "b.yaml");
    }

    [Fact]
    public void An_id_of_the_engine_is_reserved()
    {
        var error = SingleError(Valid.Replace("id: CL1001", "id: CL0003", StringComparison.Ordinal));

        AssertError(error, 2, 9, "duplicate rule id 'CL0003'; it is reserved for the linter's own diagnostics");
    }

    [Fact]
    public void A_mixed_id_must_be_unique_too()
    {
        var error = SingleError("""
            rules:
              - id: CL2001
                kind: consistency
                title: Pyongyang
                message: "use '{suggestion}'"
                category: Transliteration
                severity: warning
                families:
                  - name: Pyongyang
                    preferred: بيونغ يانغ
                    forms: [بيونغ يانغ, بيونج يانج]
                mixed:
                  id: CL2001
                  message: mixed
                  severity: error
            """);

        AssertError(error, 13, 11, "duplicate rule id 'CL2001'; first defined at t.yaml(2,9)");
    }

    [Fact]
    public void Invalid_regex()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: pattern
                title: Digits
                message: "'{match}'"
                category: Formatting
                severity: warning
                regex: '\d+)'
            """);

        AssertError(error, 8, 16, @"invalid regular expression: a ')' closes nothing (at character 4 of '\d+)')");
    }

    [Fact]
    public void Invalid_regex_in_a_boilerplate_pattern_list()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: boilerplate
                title: Agency credit
                message: "'{match}'"
                category: Boilerplate
                severity: warning
                fold: [alef]
                patterns: ['\d+', '[أ ف ب']
            """);

        AssertError(error, 9, 29, "invalid regular expression: a '[' is never closed with ']' (at character 6 of '[أ ف ب')");
    }

    [Fact]
    public void Consistency_preferred_form_not_among_the_forms()
    {
        var error = SingleError("""
            rules:
              - id: CL2001
                kind: consistency
                title: Pyongyang
                message: "use '{suggestion}'"
                category: Transliteration
                severity: warning
                families:
                  - name: Pyongyang
                    preferred: بيونغيانغ
                    forms: [بيونغ يانغ, بيونج يانج]
            """);

        AssertError(error, 10, 20, "the preferred form 'بيونغيانغ' of 'Pyongyang' is not one of its forms");
    }

    [Fact]
    public void Consistency_form_in_two_families()
    {
        var error = SingleError("""
            rules:
              - id: CL2001
                kind: consistency
                title: Pyongyang
                message: "use '{suggestion}'"
                category: Transliteration
                severity: warning
                families:
                  - name: Pyongyang
                    preferred: بيونغ يانغ
                    forms: [بيونغ يانغ, بيونج يانج]
                  - name: Pyongyang again
                    preferred: بيونغيانغ
                    forms: [بيونغيانغ, بيونج يانج]
            """);

        AssertError(error, 14, 28, "'بيونج يانج' is already a form of 'Pyongyang'");
    }

    [Fact]
    public void Consistency_forms_identical_once_folded()
    {
        var error = SingleError("""
            rules:
              - id: CL2001
                kind: consistency
                title: Kim
                message: "use '{suggestion}'"
                category: Transliteration
                severity: warning
                fold: [alef]
                families:
                  - name: Kim Jong Un
                    preferred: كيم جونغ أون
                    forms: [كيم جونغ أون, كيم جونغ اون]
            """);

        AssertError(error, 12, 31, "'كيم جونغ اون' repeats a form of 'Kim Jong Un' (identical once normalized and folded)");
    }

    [Fact]
    public void Swap_that_replaces_a_form_by_itself_once_folded()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Merkel
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                fold: [alef]
                swap:
                  انجيلا ميركل: أنجيلا ميركل
            """);

        AssertError(error, 10, 7, "'انجيلا ميركل' is replaced by itself once normalized; the swap would never change anything");
    }

    [Fact]
    public void Swap_of_a_form_already_swapped_once_normalized()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
                  بوينـغ  يانغ: بيونغ يانغ
            """);

        AssertError(error, 10, 7, "'بوينـغ  يانغ' is already swapped at line 9");
    }

    [Fact]
    public void Phrase_that_is_empty_once_normalized()
    {
        var error = SingleError(Rule("boilerplate", "phrases: [اقرأ أيضا, 'ـــ']", category: "Boilerplate"));

        AssertError(error, 8, 27, "the phrase 'ـــ' is empty once diacritics, tatweel and spaces are removed");
    }

    [Fact]
    public void Phrase_that_spans_lines()
    {
        var error = SingleError(Rule("boilerplate", "phrases: [\"اقرأ\\nأيضا\"]", category: "Boilerplate"));

        AssertError(error, 8, 16, "a phrase cannot span lines");
    }

    [Fact]
    public void Boilerplate_without_phrases_or_patterns()
    {
        var error = SingleError(Rule("boilerplate", "scope: phrase", category: "Boilerplate"));

        AssertError(error, 2, 5, "a boilerplate rule needs 'phrases', 'patterns' or both");
    }

    [Fact]
    public void Next_line_max_words_needs_scope_line()
    {
        var error = SingleError(Rule("boilerplate", "scope: phrase\nphrases: [بقلم]\nnext_line_max_words: 3", category: "Boilerplate"));

        AssertError(error, 10, 26, "'next_line_max_words' needs scope: line");
    }

    [Fact]
    public void Pairing_with_a_pair_that_is_not_two_characters()
    {
        var error = SingleError(Rule("pairing", "pairs: ['«»', '«']", category: "Formatting"));

        AssertError(error, 8, 20, "a pair is two characters, opening then closing, such as «»; '«' is not");
    }

    [Fact]
    public void Pairing_mixed_needs_two_pairs()
    {
        var error = SingleError(Rule("pairing", "check: mixed\npairs: ['«»']", category: "Formatting"));

        AssertError(error, 9, 12, "check: mixed needs at least two pairs to compare");
    }

    [Fact]
    public void Flagged_example_that_is_not_flagged()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
                examples:
                  flagged:
                    - text: زار الوفد بيونغ يانغ
            """);

        AssertError(error, 12, 17, "example of CL1001 should be flagged but produced no diagnostic");
    }

    [Fact]
    public void Clean_example_that_is_flagged()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
                examples:
                  clean:
                    - زار الوفد بوينغ يانغ
            """);

        AssertError(error, 12, 11, "example of CL1001 should be clean but the rule reported 'بوينغ يانغ' at 10..20");
    }

    [Fact]
    public void Flagged_example_whose_marked_spans_differ()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
                examples:
                  flagged:
                    - text: "زار [|الوفد|] بوينغ يانغ"
            """);

        AssertError(error, 12, 18, "example of CL1001 marks 'الوفد' at 4..9 but the rule reported 'بوينغ يانغ' at 10..20");
    }

    [Fact]
    public void Flagged_example_whose_fix_differs()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
                examples:
                  flagged:
                    - text: زار الوفد بوينغ يانغ
                      fixed: زار الوفد بوينغ يانغ
            """);

        AssertError(error, 13, 18, "example of CL1001 should fix to 'زار الوفد بوينغ يانغ' but fixed to 'زار الوفد بيونغ يانغ'");
    }

    [Fact]
    public void Examples_are_only_run_when_asked()
    {
        var yaml = """
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
                examples:
                  clean:
                    - زار الوفد بوينغ يانغ
            """;
        var file = new RuleFile(RulePath, yaml);

        var checkedResult = RuleLoader.Load([file]);
        var uncheckedResult = RuleLoader.Load([file], checkExamples: false);

        AssertError(Assert.Single(checkedResult.Errors), 12, 11, "example of CL1001 should be clean but the rule reported 'بوينغ يانغ' at 10..20");
        Assert.True(uncheckedResult.Succeeded);
        Assert.Single(uncheckedResult.RuleSet!.Rules);
    }

    [Fact]
    public void Examples_are_checked_even_when_the_rule_is_off_by_default()
    {
        var yaml = """
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: none
                swap:
                  بوينغ يانغ: بيونغ يانغ
                examples:
                  flagged:
                    - text: "زار الوفد [|بوينغ يانغ|]"
                      fixed: زار الوفد بيونغ يانغ
                  clean:
                    - زار الوفد بيونغ يانغ
            """;

        Assert.Single(Load(yaml).Rules);
        AssertError(
            SingleError(yaml.Replace("- زار الوفد بيونغ يانغ", "- زار الوفد بوينغ يانغ", StringComparison.Ordinal)),
            15,
            11,
            "example of CL1001 should be clean but the rule reported 'بوينغ يانغ' at 10..20");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# no rules yet\n")]
    public void Empty_file(string yaml)
    {
        AssertError(SingleError(yaml), 1, 1, "the rule file is empty; it must hold a 'rules' list");
    }

    [Fact]
    public void Bad_placeholder_in_message()
    {
        var error = SingleError("""
            rules:
              - id: CL1001
                kind: substitution
                title: Korean place names
                message: "'{match}' should be '{sugestion}'"
                category: Transliteration
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
            """);

        AssertError(error, 5, 36, "unknown placeholder '{sugestion}'; this rule offers {match}, {suggestion}");
    }

    [Fact]
    public void Bad_placeholder_in_a_mixed_message()
    {
        var error = SingleError("""
            rules:
              - id: CL2001
                kind: consistency
                title: Pyongyang
                message: "use '{suggestion}'"
                category: Transliteration
                severity: warning
                families:
                  - name: Pyongyang
                    preferred: بيونغ يانغ
                    forms: [بيونغ يانغ, بيونج يانج]
                mixed:
                  id: CL2002
                  message: "{suggestion} mixed"
                  severity: error
            """);

        AssertError(error, 14, 17, "unknown placeholder '{suggestion}'; this rule offers {match}, {family}, {forms}, {count}");
    }

    [Fact]
    public void Unknown_top_level_key()
    {
        var errors = LoadErrors(new RuleFile(RulePath, "version: 2\n" + Valid));

        AssertError(Assert.Single(errors), 1, 1, "unknown key 'version' at the top of a rule file; expected 'rules'");
    }

    [Fact]
    public void Missing_rules()
    {
        AssertError(SingleError("{}"), 1, 1, "the rule file is missing the required key 'rules'");
    }

    [Fact]
    public void Rules_that_are_not_a_list()
    {
        AssertError(SingleError("rules: CL1001"), 1, 8, "'rules' must be a list of rules");
    }

    [Fact]
    public void A_rule_that_is_not_a_mapping()
    {
        AssertError(SingleError("rules:\n  - CL1001\n"), 2, 5, "each item of 'rules' must be a mapping");
    }

    [Fact]
    public void A_file_that_is_not_a_mapping()
    {
        AssertError(SingleError("- CL1001\n"), 1, 1, "a rule file must be a mapping with a 'rules' list");
    }

    [Fact]
    public void Two_yaml_documents()
    {
        AssertError(SingleError("rules: []\n---\nrules: []\n"), 3, 1, "a rule file must hold one YAML document");
    }

    [Fact]
    public void An_empty_rule_list_loads()
    {
        Assert.Empty(Load("rules: []").Rules);
    }

    [Fact]
    public void Errors_come_in_file_order_then_rule_order_and_the_first_of_two_ids_keeps_it()
    {
        // Rules of a file are built in parallel: what is reported must not depend on which is built first.
        static string Rules(string prefix) => "rules:\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $$"""
              - id: {{prefix}}10{{i:D2}}
                kind: pattern
                title: Rule {{i}}
                message: 'rule {{i}}'
                category: Formatting
                severity: {{(i % 3 == 0 ? "fatal" : "warning")}}
                regex: '{{(i % 4 == 0 ? "(unclosed" : "x+")}}'

            """));
        var errors = LoadErrors(new RuleFile("a.yaml", Rules("AA")), new RuleFile("b.yaml", Rules("BB") + Rules("AA")[7..]));

        // Each rule takes 7 lines: rules 3 and 6 have a bad severity (line 5 of the rule), rules 4 and 8 a bad
        // expression (line 6); b.yaml repeats a.yaml's rules from line 58, whose good ones (1, 2, 5, 7) are duplicates.
        Assert.Equal(
            [
                "a.yaml(21,15)", "a.yaml(29,21)", "a.yaml(42,15)", "a.yaml(57,21)",
                "b.yaml(21,15)", "b.yaml(29,21)", "b.yaml(42,15)", "b.yaml(57,21)",
                "b.yaml(77,15)", "b.yaml(85,21)", "b.yaml(98,15)", "b.yaml(113,21)",
                "b.yaml(58,9)", "b.yaml(65,9)", "b.yaml(86,9)", "b.yaml(100,9)",
            ],
            errors.Select(e => e.Location.ToString()));
        Assert.Equal("b.yaml(58,9): error: duplicate rule id 'AA1001'; first defined at a.yaml(2,9)", errors[12].ToString());
    }

    [Fact]
    public void Errors_of_every_file_are_reported_and_no_rule_set_is_made()
    {
        var errors = LoadErrors(
            new RuleFile("a.yaml", string.Empty),
            new RuleFile("b.yaml", Valid.Replace("severity: warning", "severity: fatal", StringComparison.Ordinal)),
            new RuleFile("c.yaml", Valid));

        Assert.Equal(
            ["a.yaml(1,1)", "b.yaml(7,15)"],
            errors.Select(e => e.Location.ToString()));
        Assert.Equal("b.yaml(7,15): error: 'severity' must be one of error, warning, suggestion, silent, none, not 'fatal'", errors[1].ToString());
    }
}
