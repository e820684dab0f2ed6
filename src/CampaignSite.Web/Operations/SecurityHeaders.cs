using Microsoft.Extensions.Options;

namespace CampaignSite.Operations;

/// <summary>
/// The headers every answer carries: a Content-Security-Policy that allows the site's own scripts,
/// styles, images and connections and nothing inline, framing only by frame-ancestors (with the
/// X-Frame-Options that says the same), no sniffing, a strict referrer and permissions policy;
/// HSTS on HTTPS. Scripts and styles are files under /ui, so no nonce is needed.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<SecurityOptions> options)
{
    readonly string policy = string.Join("; ",
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
        "connect-src 'self'", "media-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
        "frame-ancestors " + options.Value.FrameAncestors.Trim());

    // Only what frame-ancestors can say in X-Frame-Options' two words; origins of a portal leave it to the CSP.
    readonly string? frameOptions = options.Value.FrameAncestors.Trim() switch
    {
        "'none'" => "DENY",
        "'self'" => "SAMEORIGIN",
        _ => null,
    };

    const string Permissions = "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), " +
        "magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), xr-spatial-tracking=()";

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the answer starts: error pages clear the headers of the answer they replace, and cached answers replay theirs.
        context.Response.OnStarting(static state =>
        {
            var (self, context) = ((SecurityHeaders, HttpContext))state;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = self.policy;
            if (self.frameOptions is not null) headers.XFrameOptions = self.frameOptions;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = Permissions;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
            return Task.CompletedTask;
        }, (this, context));
        return next(context);
    }
}
