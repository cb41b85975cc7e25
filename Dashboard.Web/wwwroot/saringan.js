// Read pages are plain server-rendered HTML. This script only makes them quicker to use: a filter goes as soon as it
// changes (by Blazor's enhanced navigation, which patches the page instead of reloading it), and the menu folds away
// after a link is followed. Without it the filter forms' button sends them and links load whole pages.
(() => {
    const marked = () => document.documentElement.classList.add('pakai-skrip');
    marked();

    document.addEventListener('change', event => {
        const field = event.target;
        const form = field.form;
        if (!form || !form.hasAttribute('data-saringan')) return;
        const cleared = new Set((field.dataset.kosongkan || '').split(' ').filter(Boolean));
        const query = new URLSearchParams();
        for (const [name, value] of new FormData(form)) {
            if (value !== '' && !cleared.has(name)) query.append(name, value);
        }
        const address = form.action + (query.size > 0 ? '?' + query : '');
        if (window.Blazor && Blazor.navigateTo) Blazor.navigateTo(address);
        else location.assign(address);
    });

    if (window.Blazor && Blazor.addEventListener) {
        Blazor.addEventListener('enhancedload', () => {
            marked();
            const menu = document.getElementById('menu-buka');
            if (menu && window.matchMedia('(max-width: 959.98px)').matches) menu.checked = false;
        });
    }
})();
