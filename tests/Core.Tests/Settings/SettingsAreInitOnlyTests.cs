using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Pws.Core.Settings;

namespace Pws.Core.Tests.Settings;

/// <summary>What a process starts with it keeps: no setting can be assigned after its settings were built, so nothing
/// read later (the served area above all) depends on who ran first.</summary>
public sealed class SettingsAreInitOnlyTests
{
    private static IEnumerable<Type> SettingsTypes() =>
        typeof(PwsSettings).Assembly.GetTypes().Where(t => t.IsPublic && t.Namespace == typeof(PwsSettings).Namespace
            && t.GetProperties().Length > 0 && t.GetMethod("<Clone>$") is not null);

    [Test]
    public void Every_settings_type_is_found()
    {
        Assert.That(SettingsTypes(), Is.SupersetOf(new[] { typeof(PwsSettings), typeof(WarehouseSettings), typeof(AksesSettings), typeof(PenggunaSettings) }));
    }

    [TestCaseSource(nameof(SettingsTypes))]
    public void No_settings_property_has_a_public_setter(Type type)
    {
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter
                        && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => p.Name);
        Assert.That(settable, Is.Empty);
    }

    [TestCaseSource(nameof(SettingsTypes))]
    public void No_settings_list_can_be_added_to(Type type)
    {
        var lists = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() is var generic
                        && (generic == typeof(List<>) || generic == typeof(IList<>) || generic == typeof(ICollection<>)))
            .Select(p => p.Name);
        Assert.That(lists, Is.Empty);
    }

    [Test]
    public void Configuration_still_binds_init_only_settings_and_their_lists()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pws:Kabupaten"] = "33",
            ["Pws:Warehouse:Provider"] = "sqlserver",
            ["Pws:FhirSources:0:KodePuskesmas"] = "P1",
            ["Pws:FhirSources:0:BaseUrl"] = "https://fhir.example/",
            ["Pws:Akses:Pengguna:0:Nama"] = "admin",
            ["Pws:Akses:ProksiTepercaya:0"] = "127.0.0.1",
        }).Build();

        var settings = SettingsLoader.Bind(configuration);

        Assert.That(settings.Kabupaten, Is.EqualTo("33"));
        Assert.That(settings.Warehouse.Provider, Is.EqualTo("sqlserver"));
        Assert.That(settings.FhirSources.Single(), Is.EqualTo(new FhirSourceSettings { KodePuskesmas = "P1", BaseUrl = "https://fhir.example/" }));
        Assert.That(settings.Akses.Pengguna.Single().Nama, Is.EqualTo("admin"));
        Assert.That(settings.Akses.ProksiTepercaya, Is.EqualTo(new[] { "127.0.0.1" }));
    }
}
