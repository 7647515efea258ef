using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Site.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovOpen.Site.Pages;

/// <summary>Renders any public item by its route; everything else is a 404 that looks the same for a missing and a withheld item.</summary>
public sealed class RouteModel(SiteContent content) : PageModel
{
    public SiteContent Site { get; } = content;

    public ContentItem? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? path, CancellationToken ct)
    {
        if (Site.IsEmpty)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "60";
            ViewData["Title"] = "内容暂时无法获取";
            return Page();
        }
        var route = SiteContent.NormalizePath("/" + (path ?? ""));
        if (!Site.ByRoute.TryGetValue(route, out var item))
        {
            return NotFound();
        }
        if (item.ContentType == ContentTypes.Consultation && await StartupGate.RegisterRefusalAsync(HttpContext, ct) is { } starting)
        {
            return starting; // its counts, published comments and form come from the register
        }
        if (item.ContentType == ContentTypes.PolicyFolder && await StartupGate.SearchRefusalAsync(HttpContext, Site, ct) is { } preparing)
        {
            return preparing; // the list, its facets and pages come from the search index
        }
        Item = item;
        ViewData["Title"] = item.Name;
        ViewData["Crumbs"] = Site.Ancestors(item).Select(a => (a.Name, SiteContent.NormalizePath(a.Route.Path))).ToList();
        var column = Site.Ancestors(item).Skip(1).FirstOrDefault() ?? item;
        var meta = new Dictionary<string, string>
        {
            ["ColumnName"] = column.Name,
            ["ColumnType"] = ViewHelpers.ColumnTypeOf(item, Site),
            ["ArticleTitle"] = item.Name,
            ["PubDate"] = item.CreateDate.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["ContentSource"] = Site.Policies.TryGetValue(item.Id, out var p) ? string.Join("、", p.Issuers) : Site.Manifest.Agency ?? "",
            ["Url"] = $"{HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.BaseUrl(Request)}{route}",
        };
        if (p is not null)
        {
            meta["Keywords"] = string.Join(",", new[] { p.DocumentNumber, p.Topic, p.Genre.Name() }.Where(x => x is not null)!);
            meta["Description"] = $"{p.Title}（{p.DocumentNumber ?? "无文号"}）";
            meta["Author"] = string.Join("、", p.Issuers);
        }
        ViewData["Meta"] = meta;
        return Page();
    }
}
