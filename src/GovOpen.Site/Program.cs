// The citizen site is built under issue #7; until then it answers a placeholder page.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => Results.Text("GovOpen 示例站点尚在建设中（issue #7）。", "text/plain; charset=utf-8"));
app.Run();

public partial class Program;
