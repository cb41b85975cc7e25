using Microsoft.AspNetCore.Components;

namespace Pws.Dashboard.Web.Components.Shared;

/// <summary>A page whose figures are read once the circuit is live, off the render thread, with a loading
/// state meanwhile: prerendering would otherwise read everything twice.</summary>
public abstract class DataPage : ComponentBase
{
    protected bool Loading { get; private set; } = true;

    /// <summary>Reads the page's figures for its current parameters.</summary>
    protected abstract void Load();

    protected override async Task OnParametersSetAsync()
    {
        Loading = true;
        if (!RendererInfo.IsInteractive) return;
        await Task.Run(Load);
        Loading = false;
    }
}
