namespace CampaignSite.Content.Delivery;

/// <summary>
/// Errors of the machine-readable answers (/api/*, feeds) as RFC 9457 problem details: the status's
/// standard title and type, and in <c>detail</c> the same sentence a reader of the page would get.
/// </summary>
public static class Problems
{
    public static IResult Of(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);
    public static IResult BadRequest(string detail) => Of(StatusCodes.Status400BadRequest, detail);
    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, detail);

    /// <summary>Writes a problem directly, for middleware that answers before an endpoint runs (rate limits).</summary>
    public static Task WriteAsync(HttpContext context, int status, string detail) =>
        Of(status, detail).ExecuteAsync(context);
}
