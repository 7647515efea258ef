using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovOpen.Core.Documents;

/// <summary>
/// An agency's 索引号 scheme, written as a template of literal text and tokens:
/// <list type="bullet">
/// <item><c>{org}</c> — the agency's organisation code (9-char 组织机构代码, 18-char 统一社会信用代码, or a site code);</item>
/// <item><c>{yyyy}</c>, <c>{MM}</c>, <c>{dd}</c> — parts of the document date (成文日期, or 发布日期 if configured);</item>
/// <item><c>{seq:N}</c> — the sequence number padded to N digits (restarting every year unless the template has no year).</item>
/// <item><c>{topic}</c> — an optional 主题分类 code supplied by the caller.</item>
/// </list>
/// Examples (as published on gov.cn policy pages): gov.cn <c>{org}/{yyyy}-{seq:5}</c> → <c>000014349/2017-00110</c>;
/// <c>{org}/{yyyy}{MM}-{seq:5}</c> → <c>11341702486344515H/202110-00013</c>; <c>{yyyy}{MM}{dd}-{seq:6}</c> → <c>20191202-189769</c>.
/// </summary>
public sealed partial class IndexNumberScheme
{
    public const string Field = "indexNumber";

    /// <summary>The gov.cn convention.</summary>
    public const string GovCnTemplate = "{org}/{yyyy}-{seq:5}";

    private readonly List<Part> _parts;
    private readonly Regex _regex;

    public IndexNumberScheme(string template, string organisationCode)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            throw new GovOpenException(Issue.Error("indexNumberTemplate", "empty", "索引号模板不能为空", "The index number template is empty."));
        }
        Template = template;
        OrganisationCode = organisationCode?.Trim() ?? "";
        _parts = ParseTemplate(template);
        if (!_parts.Any(p => p.Kind == PartKind.Sequence))
        {
            throw new GovOpenException(Issue.Error("indexNumberTemplate", "no-sequence", $"索引号模板“{template}”缺少序号 {{seq:N}}", $"The index number template '{template}' has no {{seq:N}} token."));
        }
        if (_parts.Any(p => p.Kind == PartKind.Org) && OrganisationCode.Length == 0)
        {
            throw new GovOpenException(Issue.Error("organisationCode", "empty", "索引号模板含{org}，但未设置机构代码", "The template uses {org} but no organisation code is set."));
        }
        if (OrganisationCode.Any(c => char.IsWhiteSpace(c) || c == '{' || c == '}'))
        {
            throw new GovOpenException(Issue.Error("organisationCode", "invalid-char", "机构代码不能含空格或花括号", "The organisation code cannot contain spaces or braces."));
        }
        var pattern = new StringBuilder("^");
        foreach (var p in _parts)
        {
            pattern.Append(p.Kind switch
            {
                PartKind.Literal => Regex.Escape(p.Text),
                PartKind.Org => Regex.Escape(OrganisationCode),
                PartKind.Year => "(?<yyyy>[0-9]{4})",
                PartKind.Month => "(?<MM>0[1-9]|1[0-2])",
                PartKind.Day => "(?<dd>0[1-9]|[12][0-9]|3[01])",
                PartKind.Topic => "(?<topic>[0-9A-Za-z]{1,12})",
                PartKind.Sequence => $"(?<seq>[0-9]{{{p.Width}}})",
                _ => throw new InvalidOperationException(),
            });
        }
        pattern.Append('$');
        _regex = new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }

    public string Template { get; }

    public string OrganisationCode { get; }

    /// <summary>Whether the sequence restarts each year (the template contains {yyyy}).</summary>
    public bool SequencePerYear => _parts.Any(p => p.Kind == PartKind.Year);

    private int SequenceWidth => _parts.First(p => p.Kind == PartKind.Sequence).Width;

    /// <summary>Builds an index number.</summary>
    public string Generate(DateOnly date, int sequence, string? topicCode = null)
    {
        var max = (int)Math.Pow(10, SequenceWidth) - 1;
        if (sequence < 1 || sequence > max)
        {
            throw new GovOpenException(Issue.Error(Field, "sequence-out-of-range", $"索引号序号{sequence}超出范围（1–{max}）", $"Sequence {sequence} is outside 1–{max}."));
        }
        var sb = new StringBuilder();
        foreach (var p in _parts)
        {
            sb.Append(p.Kind switch
            {
                PartKind.Literal => p.Text,
                PartKind.Org => OrganisationCode,
                PartKind.Year => date.Year.ToString("D4", CultureInfo.InvariantCulture),
                PartKind.Month => date.Month.ToString("D2", CultureInfo.InvariantCulture),
                PartKind.Day => date.Day.ToString("D2", CultureInfo.InvariantCulture),
                PartKind.Topic => string.IsNullOrEmpty(topicCode)
                    ? throw new GovOpenException(Issue.Error("topic", "missing", "索引号模板需要主题分类代码", "The template needs a topic code."))
                    : topicCode,
                PartKind.Sequence => sequence.ToString("D" + p.Width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                _ => "",
            });
        }
        return sb.ToString();
    }

    /// <summary>The next index number after the ones already issued (same year when the sequence restarts yearly).</summary>
    public string Next(DateOnly date, IEnumerable<string> existing, string? topicCode = null)
    {
        var max = 0;
        foreach (var e in existing)
        {
            var p = Validate(e);
            if (p.Value is { } v && (!SequencePerYear || v.Year == date.Year))
            {
                max = Math.Max(max, v.Sequence);
            }
        }
        return Generate(date, max + 1, topicCode);
    }

    /// <summary>Checks an index number against the scheme and reads its parts.</summary>
    public IndexNumberResult Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new(null, Issue.Error(Field, "empty", "索引号不能为空", "The index number is empty."));
        }
        var v = value.Trim();
        var m = _regex.Match(v);
        if (!m.Success)
        {
            return new(null, Issue.Error(Field, "pattern", $"索引号“{v}”不符合本机关的格式“{Example}”", $"The index number '{v}' does not match this agency's format '{Example}'."));
        }
        int? year = m.Groups["yyyy"].Success ? int.Parse(m.Groups["yyyy"].Value, CultureInfo.InvariantCulture) : null;
        var seq = int.Parse(m.Groups["seq"].Value, CultureInfo.InvariantCulture);
        if (seq == 0)
        {
            return new(null, Issue.Error(Field, "sequence-zero", "索引号序号不能为0", "The index number sequence cannot be 0."));
        }
        if (m.Groups["MM"].Success && m.Groups["dd"].Success && year is { } y &&
            int.Parse(m.Groups["dd"].Value, CultureInfo.InvariantCulture) > DateTime.DaysInMonth(y, int.Parse(m.Groups["MM"].Value, CultureInfo.InvariantCulture)))
        {
            return new(null, Issue.Error(Field, "date", $"索引号“{v}”中的日期不存在", $"The date inside '{v}' does not exist."));
        }
        return new(new IndexNumberParts(v, year, seq), null);
    }

    /// <summary>An example rendered from the template, for messages.</summary>
    public string Example => Generate(new DateOnly(2026, 1, 15), 1, "01");

    private static List<Part> ParseTemplate(string template)
    {
        var parts = new List<Part>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                parts.Add(new Part(PartKind.Literal, template[i..], 0));
                break;
            }
            if (open > i)
            {
                parts.Add(new Part(PartKind.Literal, template[i..open], 0));
            }
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw BadTemplate(template, "未闭合的 {", "unclosed {");
            }
            var token = template[(open + 1)..close];
            parts.Add(token switch
            {
                "org" => new Part(PartKind.Org, "", 0),
                "yyyy" => new Part(PartKind.Year, "", 0),
                "MM" => new Part(PartKind.Month, "", 0),
                "dd" => new Part(PartKind.Day, "", 0),
                "topic" => new Part(PartKind.Topic, "", 0),
                _ when token.StartsWith("seq:", StringComparison.Ordinal) && int.TryParse(token[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w is >= 1 and <= 9
                    => new Part(PartKind.Sequence, "", w),
                _ => throw BadTemplate(template, $"未知的占位符 {{{token}}}", $"unknown token {{{token}}}"),
            });
            i = close + 1;
        }
        return parts;
    }

    private static GovOpenException BadTemplate(string template, string zh, string en) =>
        new(Issue.Error("indexNumberTemplate", "invalid", $"索引号模板“{template}”无效：{zh}", $"Invalid index number template '{template}': {en}."));

    private enum PartKind { Literal, Org, Year, Month, Day, Topic, Sequence }

    private sealed record Part(PartKind Kind, string Text, int Width);
}
