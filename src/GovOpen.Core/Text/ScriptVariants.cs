using System.Collections.Frozen;

namespace GovOpen.Core.Text;

/// <summary>
/// Traditional → simplified, one character for one, so a citizen who types 國務院辦公廳 or 住房公積金 finds 国务院办公厅 and
/// 住房公积金, and spans found in folded text map 1:1 onto the original. The table is OpenCC's TSCharacters
/// (Data/opencc, Apache-2.0): every entry that names exactly one simplified character in the basic plane (about 2,900),
/// after a short list of government text's own choices (於 → 于, which OpenCC keeps as a surname) and of variant forms it
/// mixes in (○ for the zero 〇 in dates, 帐 for 账). Not a converter:
/// other characters whose simplified form depends on the word (乾 → 乾/干, 著 → 著/着) are left as written.
/// </summary>
public static class ScriptVariants
{
    private const string Resource = "GovOpen.Core.opencc.TSCharacters.txt";

    // Government text's own choices, before OpenCC's table: characters such as 於 (于 in every 公文; kept as a surname by
    // OpenCC) have one meaning in government text. Pairs written traditional-then-simplified; they agree with OpenCC
    // wherever OpenCC names one candidate.
    private const string Pairs =
        "國国務务院院辦办廳厅關关於于發发佈布頒颁規规範范條条例例決决議议會会議议" +
        "區区縣县鄉乡鎮镇村村門门號号號号屬属員员委委廣广東东華华南南蘇苏浙浙贛赣閩闽遼辽" +
        "黑黑龍龙雲云貴贵陝陕寧宁夏夏青青藏藏疆疆灣湾澳澳門门島岛" +
        "財财稅税價价費费貨货幣币銀银險险證证監监審审計计統统調调準准處处" +
        "經经濟济貿贸產产業业農农畝亩資资環环境境衛卫醫医療疗藥药險险養养" +
        "勞劳動动職职從从創创實实現现們们這这個个來来時时間间對对與与為为" +
        "應应當当點点還还進进過过後后開开關关問问題题見见視视聽听說说話话" +
        "語语讀读寫写學学習习書书圖图報报紙纸網网絡络電电話话線线機机構构" +
        "車车輛辆運运輸输鐵铁軌轨航航橋桥樑梁陸陆場场站站點点氣气溫温熱热" +
        "導导領领組组織织專专責责權权義义務务負负擔担價价值值總总額额數数" +
        "據据將将歲岁齡龄兒儿婦妇殘残障障礙碍救救濟济災灾難难傷伤險险衛卫" +
        "護护庫库設设備备裝装飾饰維维修修繕缮舊旧轉转讓让換换購购買买賣卖" +
        "標标誌志記记錄录檔档案案訊讯詢询諮咨詢询請请願愿訴诉訟讼賠赔償偿" +
        "復复査查驗验測测評评價价獎奖懲惩罰罚違违紀纪廉廉潔洁貪贪腐腐" +
        "歷历屆届選选舉举黨党團团軍军隊队警警邊边防防戰战爭争紅红綠绿藍蓝" +
        "術术藝艺劇剧體体育育運运動动館馆園园遊游覽览歡欢樂乐聯联係系協协" +
        "會会員员幾几億亿萬万元元圓圆壹壹貳贰肆肆陸陆柒柒捌捌玖玖拾拾" +
        "張张陳陈劉刘楊杨黃黄趙赵吳吴孫孙馬马鄭郑謝谢韓韩馮冯鄧邓許许蕭萧" +
        "優优質质穩稳構构續续況况於于並并雙双兩两傳传價价僅仅億亿儘尽" +
        "劃划則则剛刚務务勵励動动勢势區区厲厉參参啟启問问團团圍围園园圓圆" +
        "執执堅坚壓压壞坏夠够夾夹奮奋孫孙寶宝實实審审導导層层屬属崗岗嶺岭" +
        "幹干廠厂廢废彈弹徑径復复徵征態态慮虑慶庆憲宪戶户擁拥據据擊击" +
        "損损搖摇撥拨擴扩攝摄敗败敘叙斷断暫暂曆历樣样檢检歸归殘残滅灭滿满" +
        "漢汉災灾爾尔牆墙猶犹獨独獲获環环畫画異异盡尽確确禮礼稱称穩稳範范" +
        "築筑簡简糧粮糾纠紛纷級级納纳細细終终絕绝給给綜综緊紧編编縮缩繁繁" +
        "績绩罷罢聖圣聯联臨临舉举藝艺蘭兰處处補补製制複复覺觉觀观訂订討讨" +
        "訪访設设診诊詳详認认誤误課课諾诺謀谋謂谓護护讓让豐丰貧贫貫贯費费" +
        "賓宾質质趨趋跡迹農农邊边郵邮鄰邻釋释鋼钢錢钱錯错鍵键閱阅陰阴隨随" +
        "險险際际雜杂雞鸡離离難难顧顾頁页頂顶項项順顺預预頻频題题類类顯显" +
        "飛飞飯饭館馆騰腾驗验體体髒脏鬥斗魚鱼鳥鸟鹽盐麥麦齊齐齒齿";

    // Variant forms government text mixes in, folded to the standard one: the white circle ○ (U+25CB) and ◯ typed for
    // the zero 〇 (U+3007) in written dates (二○一二年), and 帐 for 账 in accounts (帐户, 报帐) — without the fold a date
    // written with ○ loses its zero to punctuation bridging and is found by neither form.
    private const string VariantPairs = "○〇◯〇帐账";

    private static readonly FrozenDictionary<char, char> Map = Build();

    private static FrozenDictionary<char, char> Build()
    {
        using var stream = typeof(ScriptVariants).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded table {Resource} is missing from GovOpen.Core.");
        using var reader = new StreamReader(stream);
        var d = new Dictionary<char, char>();
        var hanOnly = Pairs.Where(ChineseText.IsHan).ToArray();
        for (var i = 0; i + 1 < hanOnly.Length; i += 2)
        {
            if (hanOnly[i] != hanOnly[i + 1])
            {
                d.TryAdd(hanOnly[i], hanOnly[i + 1]);
            }
        }
        for (var i = 0; i + 1 < VariantPairs.Length; i += 2)
        {
            d.TryAdd(VariantPairs[i], VariantPairs[i + 1]);
        }
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            // "traditional<TAB>simplified[ simplified…]"
            var tab = line.IndexOf('\t');
            if (tab != 1)
            {
                continue; // a character outside the basic plane (a surrogate pair) or a malformed line
            }
            var candidates = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (candidates is [{ Length: 1 } only] && only[0] != line[0] && !char.IsSurrogate(only[0]))
            {
                d.TryAdd(line[0], only[0]);
            }
        }
        // A few entries chain (薴 → 苧 → 苎): each folds to the end of its chain, so folding twice changes nothing.
        foreach (var key in d.Keys.ToList())
        {
            var to = d[key];
            for (var steps = 0; d.TryGetValue(to, out var next) && next != key && steps < 8; steps++)
            {
                to = next;
            }
            d[key] = to;
        }
        return d.ToFrozenDictionary();
    }

    /// <summary>The traditional characters folded and what they fold to (for the analyzer's char map).</summary>
    public static IReadOnlyDictionary<char, char> TraditionalToSimplified => Map;

    // Every variant is one character for one, so a table over the basic plane answers each character with one
    // lookup (the search analyzer simplifies every body it indexes).
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
        }
        foreach (var (traditional, simplified) in Map)
        {
            table[traditional] = simplified;
        }
        return table;
    }

    /// <summary>The simplified form of a character when it is one of the common traditional ones, else itself.</summary>
    public static char Simplify(char c) => Table[c];

    /// <summary>The text with common traditional characters simplified; the length is kept (and the same string is returned when nothing changes).</summary>
    public static string Simplify(string s)
    {
        var table = Table;
        var first = 0;
        while (first < s.Length && table[s[first]] == s[first])
        {
            first++;
        }
        if (first == s.Length)
        {
            return s;
        }
        return string.Create(s.Length, (s, first), static (span, state) =>
        {
            var (src, from) = state;
            src.AsSpan(0, from).CopyTo(span);
            for (var i = from; i < src.Length; i++)
            {
                span[i] = Table[src[i]];
            }
        });
    }
}
