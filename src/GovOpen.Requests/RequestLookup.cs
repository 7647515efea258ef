using GovOpen.Core.Time;
using System.Security.Cryptography;
using System.Text;
using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace GovOpen.Requests;

public sealed record RequestLookup(string Number, RequestState State, DateOnly ReceivedOn, DateOnly? Deadline, int? WorkingDaysLeft, bool Overdue, string? Outcome);
