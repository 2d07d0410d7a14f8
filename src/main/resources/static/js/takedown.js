// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
    // A filter form updates its results in place through htmx; the submit button stays for keyboards and no-JS.
    document.querySelectorAll('form[data-auto-submit] select').forEach((select) => {
        select.addEventListener('change', () => select.form.requestSubmit());
    });
});
