using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pws.Etl.Sources.Profil;

/// <summary>A profile document as a tree, JSON and YAML alike, each node knowing the key that leads to it
/// (<c>kolom.tanggal.format_tanggal[2]</c>), so every error can name it.</summary>
public abstract record ProfilNode(string Key)
{
    public sealed record Map(string Key, IReadOnlyList<KeyValuePair<string, ProfilNode>> Entries) : ProfilNode(Key);

    public sealed record List(string Key, IReadOnlyList<ProfilNode> Items) : ProfilNode(Key);

    /// <summary>A scalar as written; null for an explicit null or an empty value.</summary>
    public sealed record Scalar(string Key, string? Text) : ProfilNode(Key);

    public static ProfilNode Parse(string text, bool json, string file)
    {
        try
        {
            return json ? FromJson(JsonDocument.Parse(text, new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            }).RootElement, "") : FromYaml(text);
        }
        catch (JsonException e)
        {
            throw new ProfilException(file, "", $"bukan JSON yang sah (baris {e.LineNumber + 1}): {e.Message}");
        }
        catch (YamlException e)
        {
            throw new ProfilException(file, "", $"bukan YAML yang sah (baris {e.Start.Line}, kolom {e.Start.Column}): {e.Message}");
        }
    }

    private static ProfilNode FromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? new Map("", []) : FromYaml(stream.Documents[0].RootNode, "");
    }

    private static ProfilNode FromYaml(YamlNode node, string key) => node switch
    {
        YamlMappingNode map => new Map(key, map.Children.Select(c =>
            new KeyValuePair<string, ProfilNode>(KeyText(c.Key), FromYaml(c.Value, Join(key, KeyText(c.Key))))).ToList()),
        YamlSequenceNode list => new List(key, list.Children.Select((item, i) => FromYaml(item, $"{key}[{i + 1}]")).ToList()),
        YamlScalarNode scalar => new Scalar(key, scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "" ? null : scalar.Value),
        _ => new Scalar(key, null),
    };

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();

    private static ProfilNode FromJson(JsonElement element, string key) => element.ValueKind switch
    {
        JsonValueKind.Object => new Map(key, element.EnumerateObject().Select(p =>
            new KeyValuePair<string, ProfilNode>(p.Name, FromJson(p.Value, Join(key, p.Name)))).ToList()),
        JsonValueKind.Array => new List(key, element.EnumerateArray().Select((item, i) => FromJson(item, $"{key}[{i + 1}]")).ToList()),
        JsonValueKind.String => new Scalar(key, element.GetString()),
        JsonValueKind.Null => new Scalar(key, null),
        _ => new Scalar(key, element.GetRawText()),
    };

    public static string Join(string key, string name) => key.Length == 0 ? name : $"{key}.{name}";
}
