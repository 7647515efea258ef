using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovOpen.Core.Documents;

public sealed record IndexNumberParts(string Value, int? Year, int Sequence);
