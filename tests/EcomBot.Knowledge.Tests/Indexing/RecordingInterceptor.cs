using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Qdrant.Client.Grpc;

namespace EcomBot.Knowledge.Tests.Indexing;

/// <summary>
/// Stands in for the Qdrant server at the gRPC layer: records every request the client sends and answers it
/// with a canned response, so tests can assert the exact messages without a server.
/// </summary>
internal sealed class RecordingInterceptor : Interceptor
{
    private readonly List<IMessage> _requests = [];

    /// <summary>Whether a collection exists, as the fake server answers it.</summary>
    public bool CollectionExists { get; set; }

    /// <summary>Points the fake server returns for a query.</summary>
    public List<ScoredPoint> QueryResults { get; } = [];

    public IReadOnlyList<IMessage> Requests => _requests;

    public IEnumerable<T> Sent<T>() where T : IMessage => _requests.OfType<T>();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        _requests.Add((IMessage)request);
        var response = (TResponse)Respond(request, typeof(TResponse));
        return new AsyncUnaryCall<TResponse>(Task.FromResult(response), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    private object Respond(object request, Type responseType) => request switch
    {
        CollectionExistsRequest => new CollectionExistsResponse { Result = new CollectionExists { Exists = CollectionExists } },
        CreateCollection => new CollectionOperationResponse { Result = true },
        QueryPoints => new QueryResponse { Result = { QueryResults } },
        _ when responseType == typeof(PointsOperationResponse) => new PointsOperationResponse { Result = new UpdateResult { Status = UpdateStatus.Completed } },
        _ => Activator.CreateInstance(responseType)!,
    };
}
