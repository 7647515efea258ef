using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovOpen.Core.Text;

namespace GovOpen.Core.Documents;

/// <summary>A 文号 cited inside a body of text.</summary>
public sealed record DocumentNumberMatch(DocumentNumber Number, int Index, int Length, string Original);
