using GovOpen.Core;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace GovOpen.Site.Services;

/// <summary>
/// Script defences of the 意见征集 comment form, beside antiforgery and the per-client rate limit: a field people
/// never see (a script fills every field) and the time the form was open, carried in the form as a value only the
/// site can make (data protection), so a post sent at once or without a form from the site is refused. Each refusal
/// says what to do and keeps what was typed in the browser.
/// </summary>
public sealed class CommentFormGuard(IDataProtectionProvider protection, TimeProvider clock, IOptions<SiteOptions> options)
{
    /// <summary>The name of the field people never see.</summary>
    public const string TrapField = "Website";

    private readonly IDataProtector _protector = protection.CreateProtector("GovOpen.Site.CommentForm.v1");

    /// <summary>The value the form carries: when it was rendered.</summary>
    public string Stamp() => _protector.Protect(clock.GetUtcNow().UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Null when the post may go on; else the problem, naming the form.</summary>
    public Issue? Check(string? stamp, string? trap)
    {
        if (!string.IsNullOrEmpty(trap))
        {
            return Issue.Error("form", "rejected", "提交未通过校验，请刷新页面后重新填写", "The submission did not pass the checks; reload the page and try again.");
        }
        long ticks;
        try
        {
            ticks = long.Parse(_protector.Unprotect(stamp ?? ""), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or OverflowException)
        {
            return Issue.Error("form", "expired", "表单已失效，请刷新页面后重新提交", "The form has expired; reload the page and submit again.");
        }
        var open = clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        var min = Math.Max(0, options.Value.Requests.CommentMinFillSeconds);
        if (open < TimeSpan.FromSeconds(min))
        {
            return Issue.Error("form", "too-fast", "提交过快，请核对意见内容后再提交", $"Sent {open.TotalSeconds:0.#} s after the form was opened; check the comment and send it again.");
        }
        return null;
    }
}
