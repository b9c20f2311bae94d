namespace Linter.Cli.Tests;

/// <summary>Rule files the command-line tests share, and the corpus the rules across documents are tried on.</summary>
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

    /// <summary>An article that <see cref="WriteNews"/> puts in two outlets, a copy across them.</summary>
    public const string Article = "أكد الكرملين الجمعة عدم توقيع روسيا وكوريا الشمالية أي اتفاقيات بشأن القضايا العسكرية خلال زيارة الزعيم الكوري";

    /// <summary>An outlet's footer, which <see cref="WriteNews"/> repeats in two of news/a's three documents.</summary>
    public const string Footer = "جميع الحقوق محفوظة لموقع الأخبار ولا يجوز نقل أي مادة دون إذن مسبق من إدارة التحرير";

    /// <summary>
    /// The corpus <see cref="CorpusRules"/> finds something in with every rule: news/b/1.txt a copy of news/a/1.txt
    /// (XX2002), the footer in 2 of news/a's 3 documents (XX2004), زيلنسكي once against زيلينسكي twice (XX3003).
    /// </summary>
    public static void WriteNews(TempFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder.Write("news/a/1.txt", Article + "\n");
        folder.Write("news/a/2.txt", "قال زيلينسكي إن الهجوم فشل\n\n" + Footer + "\n");
        folder.Write("news/a/3.txt", "رد زيلنسكي على زيلينسكي\n" + Footer + "\n");
        folder.Write("news/b/1.txt", Article + "\n");
    }
}
