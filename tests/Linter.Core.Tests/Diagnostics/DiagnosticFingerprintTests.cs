using Linter.Core.Diagnostics;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Diagnostics;

public class DiagnosticFingerprintTests
{
    private static readonly string TypoRule = Rule("substitution", "swap:\n  بوينغ يانغ: بيونغ يانغ");

    private static string FingerprintOf(string text) => Assert.Single(Lint(TypoRule, text)).Fingerprint;

    [Fact]
    public void A_finding_keeps_its_fingerprint_when_other_lines_are_added_or_removed()
    {
        var before = FingerprintOf("مقدمة\nقد تحصل بوينغ يانغ على النفط");

        var after = FingerprintOf("سطر جديد\n\nمقدمة أخرى\nقد تحصل بوينغ يانغ على النفط\nخاتمة");

        Assert.Equal(before, after);
    }

    [Fact]
    public void Diacritics_tatweel_and_spacing_on_its_line_do_not_change_the_fingerprint()
    {
        var plain = FingerprintOf("قد تحصل بوينغ يانغ على النفط");

        var marked = FingerprintOf("  قَدْ تحصـــل  بوينغ يانغ على النِّفط ");

        Assert.Equal(plain, marked);
    }

    [Fact]
    public void Another_line_the_rule_or_the_path_change_the_fingerprint()
    {
        var diagnostic = Assert.Single(Lint(TypoRule, "قد تحصل بوينغ يانغ على النفط"));

        Assert.NotEqual(diagnostic.Fingerprint, FingerprintOf("قد تحصل بوينغ يانغ على الغذاء"));
        Assert.NotEqual(diagnostic.Fingerprint, DiagnosticFingerprint.Compute(diagnostic, "other.txt"));
        Assert.Equal(32, diagnostic.Fingerprint.Length);
    }
}
