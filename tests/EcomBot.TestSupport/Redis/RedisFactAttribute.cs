namespace EcomBot.TestSupport.Redis;

/// <summary>A test that needs a real redis-server: skipped (with the reason shown) where none is installed,
/// but never under <c>CI=true</c>, where a missing server must fail the run.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.FindExecutable() is null && !RedisServer.IsContinuousIntegration)
        {
            Skip = "redis-server is not installed (apt-get install -y redis-server); set CI=true to make this a failure.";
        }
    }
}
