namespace CampaignSite.Media.Storage;

/// <summary>CampaignSite:Media:Storage = Folder: the originals as files in one folder (DataPath/media by default; a shared mount serves several nodes).</summary>
public sealed class FolderMediaStore(string folder) : IMediaStore
{
    public string Folder => folder;
    public string Description => "folder " + folder;

    public async Task PutAsync(string name, byte[] bytes, string contentType, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var file = PathOf(name);
        var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, bytes, ct);
        File.Move(temp, file, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(string name, CancellationToken ct = default) =>
        File.Exists(PathOf(name)) ? await File.ReadAllBytesAsync(PathOf(name), ct) : null;

    public Task DeleteAsync(string name, CancellationToken ct = default)
    {
        try { File.Delete(PathOf(name)); } catch (IOException) { }
        return Task.CompletedTask;
    }

    public Task<string?> LocalFileAsync(string name, string sha256, CancellationToken ct = default) =>
        Task.FromResult(File.Exists(PathOf(name)) ? PathOf(name) : null);

    public Task CheckAsync(CancellationToken ct = default)
    {
        try { Directory.CreateDirectory(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new MediaStoreUnavailableException($"the media folder {folder} cannot be created: {e.Message}", e); }
        return Task.CompletedTask;
    }

    string PathOf(string name) => Path.Combine(folder, Path.GetFileName(name));
}
