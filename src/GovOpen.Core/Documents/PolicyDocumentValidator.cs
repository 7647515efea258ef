namespace GovOpen.Core.Documents;

/// <summary>Checks a policy document; every finding names the field (ASCII alias) and the problem in Chinese and English.</summary>
public static class PolicyDocumentValidator
{
    public const int MaxTitleLength = 300;

    public static IReadOnlyList<Issue> Validate(PolicyDocument doc, PolicyValidationOptions? options = null)
    {
        options ??= new PolicyValidationOptions();
        var issues = new List<Issue>();
        if (string.IsNullOrWhiteSpace(doc.Title))
        {
            issues.Add(Issue.Error("title", "required", "标题不能为空", "The title is required."));
        }
        else if (doc.Title.Length > MaxTitleLength)
        {
            issues.Add(Issue.Error("title", "too-long", $"标题过长（最多{MaxTitleLength}字）", $"The title is longer than {MaxTitleLength} characters."));
        }

        if (!string.IsNullOrWhiteSpace(doc.DocumentNumber))
        {
            var parsed = DocumentNumberParser.Parse(doc.DocumentNumber);
            if (parsed.Error is { } err)
            {
                issues.Add(err);
            }
            issues.AddRange(parsed.Warnings);
            if (parsed.Value is { Kind: DocumentNumberKind.Decree } && doc.Genre != DocumentGenre.Order && doc.Category != PolicyCategory.Rule)
            {
                issues.Add(Issue.Warn("genre", "decree-genre", "令号形式的文号通常对应“命令（令）”文种或规章", "A decree number usually belongs to an order or a rule."));
            }
            if (parsed.Value is { Year: { } y } && doc.SignedDate is { } signed && y != signed.Year)
            {
                issues.Add(Issue.Warn("documentNumber", "year-mismatch", $"文号年份{y}与成文日期年份{signed.Year}不一致", $"The number's year {y} differs from the signing year {signed.Year}."));
            }
        }
        else if (options.ForPublication && doc.RequiresDocumentNumber)
        {
            issues.Add(Issue.Error("documentNumber", "required", $"文种为“{doc.Genre.Name()}”的文件发布时必须填写发文字号", $"A {doc.Genre.Alias()} must have a document number to be published."));
        }

        if (doc.Topic is not null || options.ForPublication)
        {
            if (TopicTaxonomy.Validate(doc.Topic) is { } t)
            {
                issues.Add(t);
            }
        }
        if (options.ForPublication && doc.Issuers.Count == 0)
        {
            issues.Add(Issue.Error("issuer", "required", "发文机关不能为空", "The issuing organ is required."));
        }
        if (options.ForPublication && doc.SignedDate is null)
        {
            issues.Add(Issue.Error("signedDate", "required", "成文日期不能为空", "The signing date is required."));
        }
        if (doc.SignedDate is { } s && doc.PublishedDate is { } p && p < s)
        {
            issues.Add(Issue.Error("publishedDate", "before-signed", $"发布日期（{GovOpen.Core.Text.IsoDate.Format(p)}）不能早于成文日期（{GovOpen.Core.Text.IsoDate.Format(s)}）", "The publication date cannot be before the signing date."));
        }
        if (doc.SignedDate is { } s2 && doc.Validity.EffectiveDate is { } eff && eff < s2)
        {
            issues.Add(Issue.Error("effectiveDate", "before-signed", $"施行日期（{GovOpen.Core.Text.IsoDate.Format(eff)}）不能早于成文日期（{GovOpen.Core.Text.IsoDate.Format(s2)}）", "The effective date cannot be before the signing date."));
        }
        if (doc.IndexNumber is not null || (options.ForPublication && options.IndexNumberScheme is not null))
        {
            if (options.IndexNumberScheme is { } scheme && scheme.Validate(doc.IndexNumber).Error is { } ie)
            {
                issues.Add(ie);
            }
        }
        if (doc.IsNormative && options.ForPublication)
        {
            if (doc.Validity.EffectiveDate is not { } effective)
            {
                issues.Add(Issue.Error("effectiveDate", "required", "行政规范性文件必须填写施行日期", "A normative document must have an effective date."));
            }
            else if (doc.Validity.ValidUntil is not { } until)
            {
                // An abolished or annulled document's end is decided; a validity period is asked of documents in force.
                var ended = doc.Validity.History.Any(e => e.Kind is Validity.ValidityEventKind.Abolished or Validity.ValidityEventKind.DeclaredInvalid);
                if (!ended)
                {
                    issues.Add(Issue.Error("validUntil", "required", $"行政规范性文件必须注明有效期（默认{options.Normative.DefaultYearsFor(doc.Title)}年，至{GovOpen.Core.Text.IsoDate.Format(options.Normative.DefaultValidUntil(doc.Title, effective))}）", "A normative document must have a validity period."));
                }
            }
            else if (options.Normative.CheckPeriod(effective, until) is { } pi)
            {
                issues.Add(pi);
            }
        }
        issues.AddRange(doc.Disclosure.Validate());
        if (doc.RequiresInterpretation == false && string.IsNullOrWhiteSpace(doc.NoInterpretationReason))
        {
            issues.Add(Issue.Error("noInterpretationReason", "required", "标记为“无需解读”时必须说明理由", "A reason is required when no interpretation is needed."));
        }
        issues.AddRange((options.Attachments ?? new AttachmentPolicy()).Check(doc.Attachments));
        return issues;
    }
}
