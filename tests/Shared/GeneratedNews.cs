namespace Linter.Tests.Shared;

/// <summary>
/// Short news articles written for tests of the rules across documents: every one different (no two share a line's
/// shape), built from a few word lists by the article's number.
/// </summary>
internal static class GeneratedNews
{
    public static readonly string[] Subjects = ["الوزير", "المحافظ", "الأمير", "المدير", "الرئيس", "الوكيل", "المتحدث"];

    public static readonly string[] Actions =
    [
        "افتتح مشروعا جديدا للطرق",
        "دشن حملة واسعة للتشجير",
        "زار مستشفى المدينة الجامعي",
        "استقبل وفدا من رجال الأعمال",
        "رعى حفل تخريج الطلاب",
        "أطلق برنامجا لتدريب الشباب",
        "تفقد سير العمل في الميناء",
        "اجتمع بأعضاء المجلس البلدي",
    ];

    public static readonly string[] Topics = ["المشروع", "البرنامج", "العمل", "التعاون", "الدعم", "التطوير", "التنسيق", "الإنجاز", "التدريب"];

    public static readonly string[] Cities = ["الرياض", "جدة", "الدمام", "مكة", "أبها", "تبوك", "حائل", "الطائف", "بريدة", "جازان", "نجران", "الخبر", "ينبع"];

    /// <summary>The first sentence of article <paramref name="i"/>, without its full stop.</summary>
    public static string Lead(int i) =>
        $"{Subjects[i % 7]} {Actions[i % 8]} في {Cities[i % 13]} بحضور عدد من المسؤولين والمواطنين الذين أشادوا بالجهود المبذولة في هذا المجال";

    /// <summary>The second sentence of article <paramref name="i"/>, without its full stop.</summary>
    public static string Follow(int i) =>
        $"وأوضح {Subjects[(i + 3) % 7]} أن {Topics[i % 9]} سيستمر خلال الفترة المقبلة وفق الخطة التي أقرتها الجهات المختصة في وقت سابق من هذا العام";
}
