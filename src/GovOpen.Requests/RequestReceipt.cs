using GovOpen.Core.Time;
using System.Security.Cryptography;
using System.Text;
using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace GovOpen.Requests;

/// <summary>The receipt shown once: the query code is not stored, only its hash.</summary>
public sealed record RequestReceipt(string Number, string? QueryCode, bool Duplicate, DateOnly ReceivedOn);
