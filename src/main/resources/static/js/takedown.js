// Progressive enhancement only: every page works without this file.

// htmx requests carry the CSRF token like forms do.
document.addEventListener('htmx:configRequest', (event) => {
    const header = document.querySelector('meta[name="csrf-header"]');
    const token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});
document.addEventListener('DOMContentLoaded', () => {
    // A filter form updates its results in place through htmx; the submit button stays for keyboards and no-JS.
    document.querySelectorAll('form[data-auto-submit] select').forEach((select) => {
        select.addEventListener('change', () => select.form.requestSubmit());
    });
});
