var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "EcomBot");
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
