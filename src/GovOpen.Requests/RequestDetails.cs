using GovOpen.Core.Time;
using System.Security.Cryptography;
using System.Text;
using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace GovOpen.Requests;

/// <summary>What a status lookup may reveal: state and clock, never applicant data.</summary>
public sealed record RequestDetails(string Description, string? Purpose, string PreferredForm, string Delivery);
