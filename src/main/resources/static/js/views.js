// Saved views (fragments/views.html, views/list.html). Progressive enhancement: the forms work without it.
(() => {
    if (window.takedownViews) {
        return;
    }
    window.takedownViews = true;

    // "Save current filter" saves the filter on screen: htmx pushes each new filter to the address bar, while the
    // page's own copy of the query is the one it was first rendered with.
    document.addEventListener('submit', (event) => {
        const form = event.target;
        if (form.matches('form[data-saved-view-form]')) {
            form.elements.query.value = window.location.search.replace(/^\?/, '');
        }
        // deleting asks first (without JavaScript it simply deletes)
        if (form.matches('form[data-confirm]') && !window.confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    });

    // The dialog opens with the cursor in its name field.
    document.addEventListener('shown.bs.modal', (event) => {
        const field = event.target.querySelector('[data-autofocus]');
        if (field) {
            field.focus();
        }
    });

    // Copy buttons on the manage page: data-copy holds the id of the field whose value they copy.
    document.addEventListener('click', (event) => {
        const button = event.target.closest('button[data-copy]');
        if (!button) {
            return;
        }
        const field = document.getElementById(button.dataset.copy);
        if (!field) {
            return;
        }
        const copied = () => {
            const label = button.querySelector('[data-label]');
            if (label && button.dataset.copiedText) {
                const original = label.textContent;
                label.textContent = button.dataset.copiedText;
                setTimeout(() => { label.textContent = original; }, 2000);
            }
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(copied, () => {
                field.select();
            });
        }
        else {
            // plain HTTP outside localhost has no clipboard API: select the address for Ctrl+C
            field.select();
            if (document.execCommand && document.execCommand('copy')) {
                copied();
            }
        }
    });
})();
