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

// After a failed submit the page comes back with an error summary: the focus goes there, so a screen reader reads
// what went wrong and a keyboard user goes on from it. Each link names its field by the field's label and, when
// followed, puts the focus in the field rather than only scrolling to it.
document.addEventListener('DOMContentLoaded', () => {
    const summary = document.querySelector('[data-error-summary]');
    if (!summary) {
        return;
    }
    summary.querySelectorAll('a[data-field-error]').forEach((link) => {
        const id = decodeURIComponent(link.hash.substring(1)).replace(/[[\]]/g, '');
        const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
        if (label && label.textContent.trim()) {
            link.prepend(`${label.textContent.trim()}: `);
        }
        link.addEventListener('click', (event) => {
            const field = focusableField(id);
            if (field) {
                event.preventDefault();
                field.focus();
                field.scrollIntoView({ block: 'center', behavior: 'instant' });
            }
        });
    });
    summary.focus();
});

// The control for a field's id, or the one that stands in for it when the control itself is hidden (an enhanced
// select shows an input of its own, whose id ends in -ts-control).
function focusableField(id) {
    const candidates = [document.getElementById(id), document.getElementById(`${id}-ts-control`),
        document.getElementById(`${id}1`)];
    return candidates.find((element) => element && element.getClientRects().length > 0 && !element.disabled) || null;
}
