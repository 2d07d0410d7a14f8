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

// Pickers: a select with data-picker becomes a type-ahead (Tom Select): typing part of a name finds it, Enter picks
// the first match; data-picker="code" also finds an option by its value (a country's or jurisdiction's code). The
// select stays in the form and submits as before. Rows that htmx swaps in are set up the same way (htmx.onLoad).
// A select with data-picker-source holds only its chosen options: the others come from that address as the user
// types (?q=, a JSON list of {value, text, country}, at most a few dozen), the first of them when it gets the focus.
function setUpPickers(root) {
    if (typeof TomSelect === 'undefined') {
        return;
    }
    const selects = root.matches && root.matches('select[data-picker]') ? [root] : root.querySelectorAll('select[data-picker]');
    selects.forEach((select) => {
        if (select.tomselect) {
            return;
        }
        const multiple = select.multiple;
        const byCode = select.dataset.picker === 'code';
        const flag = (data, escape) => data.country
            ? `<span class="fi fi-${escape(data.country.toLowerCase())} me-1" aria-hidden="true"></span>` : '';
        const source = select.dataset.pickerSource;
        const picker = new TomSelect(select, {
            ...(source ? loadFrom(source) : {}),
            // an optional picker keeps its empty choice ("All countries", "Same country as the raid")
            allowEmptyOption: !multiple && !select.required,
            searchField: byCode ? [{ field: 'value', weight: 3 }, { field: 'text' }] : ['text'],
            plugins: multiple ? ['remove_button'] : [],
            maxOptions: null,
            // search as each key is typed, so that Enter right after typing picks what was typed, not a stale match
            refreshThrottle: 0,
            // groups keep their order (the proposed time zones first); without groups, the best match comes first
            lockOptgroupOrder: select.querySelector('optgroup') !== null,
            closeAfterSelect: !multiple,
            render: {
                option: (data, escape) => `<div>${flag(data, escape)}${escape(data.text)}</div>`,
                item: (data, escape) => `<div>${flag(data, escape)}${escape(data.text)}</div>`,
            },
        });
        // Tom Select points the label at its typing field; the field's error and help go with it
        const describedBy = select.getAttribute('aria-describedby');
        if (describedBy) {
            picker.control_input.setAttribute('aria-describedby', describedBy);
        }
        if (select.classList.contains('is-invalid')) {
            picker.control_input.setAttribute('aria-invalid', 'true');
        }
        if (select.dataset.zonesOf) {
            const jurisdiction = document.getElementById(select.dataset.zonesOf);
            if (jurisdiction) {
                jurisdiction.addEventListener('change', () => proposeTimeZones(jurisdiction, select));
            }
        }
    });
}

// The settings of a picker whose options load as the user types. The server has matched them already; Tom Select
// still filters what it has loaded by the typed text, so an answer that arrives late never shows stale matches.
function loadFrom(source) {
    return {
        valueField: 'value',
        labelField: 'text',
        preload: 'focus',
        loadThrottle: 150,
        load: (query, callback) => {
            const url = new URL(source, window.location.href);
            url.searchParams.set('q', query);
            fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
                .then((response) => (response.ok ? response.json() : []))
                .then((options) => callback(options), () => callback());
        },
    };
}

// The zones of the chosen jurisdiction's country go first in the time zone picker; a country with one zone has it
// chosen. A zone already chosen in that country stays.
function proposeTimeZones(jurisdiction, zoneSelect) {
    const chosen = jurisdiction.selectedOptions[0];
    const country = chosen && chosen.value ? chosen.dataset.country : null;
    const all = zoneSelect.querySelector('optgroup[data-all]');
    const previous = zoneSelect.querySelector('optgroup[data-proposed]');
    if (previous) {
        previous.querySelectorAll('option').forEach((option) => {
            const next = [...all.children].find((other) => other.value > option.value);
            all.insertBefore(option, next || null);
        });
        previous.remove();
    }
    const zones = country ? [...all.children].filter((option) => option.dataset.country === country) : [];
    if (zones.length > 0) {
        const proposed = document.createElement('optgroup');
        proposed.label = zoneSelect.dataset.proposedLabel.replace('{0}', chosen.textContent);
        proposed.dataset.proposed = '';
        proposed.dataset.value = 'proposed';
        zones.forEach((option) => proposed.append(option));
        all.before(proposed);
    }
    if (zones.length === 1) {
        zoneSelect.value = zones[0].value;
    } else if (zones.length > 1 && !zones.some((option) => option.value === zoneSelect.value)) {
        zoneSelect.value = '';
    }
    const picker = zoneSelect.tomselect;
    if (picker) {
        picker.clearOptions(() => false);
        picker.clearOptionGroups();
        picker.sync();
    }
}

if (typeof htmx !== 'undefined') {
    htmx.onLoad(setUpPickers);
} else {
    document.addEventListener('DOMContentLoaded', () => setUpPickers(document));
}

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
