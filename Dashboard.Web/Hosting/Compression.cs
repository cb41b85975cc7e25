using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Pws.Dashboard.Web.Hosting;

/// <summary>Pages, API answers and CSV travel compressed (brotli, else gzip): a kepala puskesmas reads on mobile data.
/// Static files come precompressed from MapStaticAssets (the middleware leaves an answer that is already encoded
/// alone). Compressing over HTTPS is safe here against BREACH: the only secret in a page body is the antiforgery
/// token, encrypted anew for every response.</summary>
public static class Compression
{
    public static IServiceCollection AddPwsCompression(this IServiceCollection services) => services
        .AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv"]);
        })
        // The fastest level: a page is compressed on every request, on two cores shared with the warehouse.
        .Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest)
        .Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
}
