using System.Text.Json.Nodes;

namespace GovOpen.Core.Requests;

/// <summary>
/// Request ledgers as JSON — <c>[{"number","applicantType","events":[{"kind","date","outcome","proceeding","proceedingResult","note"}]}]</c>
/// with enum names as written in code — for a register kept elsewhere (a migration, another system's export, the
/// sample city's fictional register). Each ledger is replayed through the ledger rules; a ledger that breaks them is
/// reported naming its number and left out, and the others are read.
/// </summary>
public static class RequestLedgerJson
{
    public static IReadOnlyList<DisclosureRequest> Read(JsonNode? node, List<Issue> problems)
    {
        var result = new List<DisclosureRequest>();
        if (node is not JsonArray ledgers)
        {
            problems.Add(Issue.Error("requests", "not-a-list", "登记数据应为申请列表", "The register must be a list of requests."));
            return result;
        }
        foreach (var l in ledgers.OfType<JsonObject>())
        {
            var number = (string?)l["number"] ?? "?";
            try
            {
                if (!ApplicantTypes.TryParse((string?)l["applicantType"], out var type))
                {
                    throw new GovOpenException(Issue.Error("applicantType", "invalid", $"申请人类型“{(string?)l["applicantType"]}”无法识别", "Unknown applicant type."));
                }
                var r = new DisclosureRequest { Number = number, ApplicantType = type };
                foreach (var e in (l["events"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    r.Apply(new RequestEvent(
                        Enum.Parse<RequestEventKind>((string?)e["kind"] ?? ""),
                        DateOnly.Parse((string?)e["date"] ?? "", System.Globalization.CultureInfo.InvariantCulture),
                        (string?)e["note"],
                        e["outcome"] is { } o ? Enum.Parse<RequestOutcome>((string)o!) : null,
                        (int?)e["workingDays"],
                        e["until"] is { } u ? DateOnly.Parse((string)u!, System.Globalization.CultureInfo.InvariantCulture) : null,
                        null,
                        e["proceeding"] is { } p ? Enum.Parse<ProceedingKind>((string)p!) : null,
                        e["proceedingResult"] is { } pr ? Enum.Parse<ProceedingResult>((string)pr!) : null));
                }
                result.Add(r);
            }
            catch (Exception x) when (x is GovOpenException or ArgumentException or FormatException or InvalidOperationException)
            {
                var why = x is GovOpenException g ? g.Issue.Message : x.Message;
                problems.Add(Issue.Error("requests", "invalid-ledger", $"申请“{number}”的登记记录无法读取：{why}", $"Request '{number}': {why}"));
            }
        }
        return result;
    }
}
