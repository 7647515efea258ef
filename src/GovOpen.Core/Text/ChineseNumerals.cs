namespace GovOpen.Core.Text;

/// <summary>Small numbers as 公文 write item numbers: 一 … 十, 十一 … 十九, 二十 … 九十九.</summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>Formats 1–99 (others as Arabic digits).</summary>
    public static string Format(int n) => n switch
    {
        < 1 or > 99 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        < 10 => Digits[n].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
    };
}
