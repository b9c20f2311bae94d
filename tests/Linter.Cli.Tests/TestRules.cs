namespace Linter.Cli.Tests;

/// <summary>Rule files the command-line tests share.</summary>
internal static class TestRules
{
    /// <summary>One substitution rule: the typo بوينغ يانغ, a warning with a fix.</summary>
    public const string TypoRule = """
        rules:
          - id: XX1001
            kind: substitution
            title: Pyongyang typo
            message: "'{match}' should be '{suggestion}'"
            category: Spelling
            severity: warning
            swap:
              بوينغ يانغ: بيونغ يانغ
        """;

    /// <summary>Rules across documents: duplicates (exact XX2002, near XX2003), a paragraph repeated in a source (XX2004), and a corpus-scope family (XX3003).</summary>
    public const string CorpusRules = """
        rules:
          - id: XX2002
            kind: duplicate-document
            title: Duplicate document
            message: 'Same text as {original}'
            category: Duplication
            severity: error
            near:
              id: XX2003
              message: 'Near-duplicate of {original} ({similarity})'
              severity: warning
          - id: XX2004
            kind: repeated-paragraph
            title: Repeated paragraph
            message: 'In {count} of the {total} documents of {source}'
            category: Duplication
            severity: suggestion
            min_documents: 2
            min_percent: 0
          - id: XX3003
            kind: consistency
            title: Majority spelling
            message: '«{match}»: the corpus writes «{suggestion}» ({counts})'
            category: Transliteration
            severity: warning
            families:
              - name: Zelensky
                scope: corpus
                forms: [زيلنسكي, زيلينسكي]
        """;
}
