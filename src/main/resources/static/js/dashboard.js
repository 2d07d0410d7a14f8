// The dashboard's map and charts, drawn with Apache ECharts from GET /dashboard/data. Every bar, slice and country
// opens the list it counts. Without JavaScript the page still shows every number in its figures and table.
(() => {
    const mapElement = document.getElementById('dashboard-map');
    if (!mapElement || typeof echarts === 'undefined') {
        return;
    }
    const encode = echarts.format.encodeHTML;
    const charts = [];
    const palette = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'];

    function open(link) {
        if (link) {
            window.location.assign(link);
        }
    }

    function message(element, text) {
        const note = document.createElement('p');
        note.className = 'text-body-secondary small';
        note.textContent = text;
        element.replaceChildren(note);
        element.classList.add('dashboard-empty');
    }

    function chartIn(id) {
        const element = document.getElementById(id);
        const chart = echarts.init(element);
        charts.push(chart);
        return chart;
    }

    // ---- the map ----
    function drawMap(data, world) {
        const chart = echarts.init(mapElement);
        charts.push(chart);
        const rows = new Map(data.countries.map((row) => [row.code, row]));
        const layerLabel = (layer) => document.querySelector(`label[for="layer-${layer}"]`).textContent.trim();
        const names = new Map(world.features
            .map((feature) => [feature.properties.iso2, feature.properties.name]));

        function listOf(layer, code) {
            const row = rows.get(code);
            if (row) {
                return row[layer].link;
            }
            const url = new URL(data.lists[layer], window.location.href);
            url.searchParams.set('country', code);
            return url.pathname + url.search;
        }

        function show(layer) {
            const values = data.countries.filter((row) => row[layer].count > 0)
                .map((row) => ({ name: row.code, value: row[layer].count }));
            const max = Math.max(1, ...values.map((value) => value.value));
            chart.setOption({
                tooltip: {
                    trigger: 'item',
                    formatter: (params) => {
                        const row = rows.get(params.name);
                        const name = row ? row.name : (names.get(params.name) || params.name);
                        const count = row ? row[layer].count : 0;
                        return `${encode(name)}<br>${encode(layerLabel(layer))}: ${count.toLocaleString()}`;
                    },
                },
                visualMap: {
                    min: 0, max, left: 'left', bottom: 10, calculable: false, inRange: { color: palette },
                    text: [max.toLocaleString(), '0'], itemHeight: 100,
                },
                series: [{
                    id: 'countries', type: 'map', map: 'world', nameProperty: 'iso2', roam: false,
                    left: 70, right: 0, top: 0, bottom: 0, selectedMode: false,
                    itemStyle: { areaColor: '#e9ecef', borderColor: '#adb5bd', borderWidth: 0.4 },
                    emphasis: { label: { show: false }, itemStyle: { areaColor: '#fd7e14' } },
                    data: values,
                }],
            }, { replaceMerge: ['series'] });
            mapElement.dataset.layer = layer;
        }

        chart.on('click', (params) => {
            if (params.componentType === 'series' && params.name) {
                open(listOf(mapElement.dataset.layer, params.name));
            }
        });
        document.querySelectorAll('#map-layers input[name="layer"]').forEach((input) => {
            input.addEventListener('change', () => show(input.value));
        });
        const checked = document.querySelector('#map-layers input[name="layer"]:checked');
        show(checked ? checked.value : 'servers');
        // read by the browser test, which clicks on a country through the chart's own coordinates
        mapElement.dataset.ready = 'true';
        return chart;
    }

    // ---- the charts ----
    function drawRaidsPerMonth(data) {
        const element = document.getElementById('chart-raids-per-month');
        if (data.raidsPerMonth.length === 0) {
            message(element, mapElement.dataset.empty);
            return;
        }
        const chart = chartIn(element.id);
        const label = element.dataset.series;
        chart.setOption({
            grid: { left: 40, right: 10, top: 10, bottom: 40 },
            tooltip: {
                trigger: 'item',
                formatter: (params) => `${encode(params.name)}<br>${encode(label)}: ${params.value}`,
            },
            xAxis: { type: 'category', data: data.raidsPerMonth.map((bar) => bar.month) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{
                type: 'bar', name: label, itemStyle: { color: '#2b8cbe' },
                data: data.raidsPerMonth.map((bar) => ({ value: bar.raids.count, link: bar.raids.link })),
            }],
        });
        chart.on('click', (params) => open(params.data && params.data.link));
    }

    function drawServerStatuses(data) {
        const element = document.getElementById('chart-server-statuses');
        const statuses = data.serverStatuses;
        if (statuses.countryCodes.length === 0) {
            message(element, mapElement.dataset.empty);
            return;
        }
        const chart = chartIn(element.id);
        chart.setOption({
            grid: { left: 40, right: 10, top: 40, bottom: 60 },
            legend: { top: 0, type: 'scroll' },
            tooltip: {
                trigger: 'item',
                formatter: (params) => `${encode(statuses.countryNames[params.dataIndex])}<br>`
                    + `${encode(params.seriesName)}: ${params.value}`,
            },
            xAxis: { type: 'category', data: statuses.countryNames, axisLabel: { interval: 0, rotate: 30 } },
            yAxis: { type: 'value', minInterval: 1 },
            series: statuses.series.map((series) => ({
                type: 'bar', stack: 'servers', name: series.label,
                data: series.counts.map((figure) => ({ value: figure.count, link: figure.link })),
            })),
        });
        chart.on('click', (params) => open(params.data && params.data.link));
    }

    function drawLegalStatuses(data) {
        const element = document.getElementById('chart-legal-statuses');
        if (data.legalStatuses.length === 0) {
            message(element, mapElement.dataset.empty);
            return;
        }
        const chart = chartIn(element.id);
        const slices = data.legalStatuses;
        // a horizontal bar per status: eleven statuses stay readable, which a pie's labels do not
        chart.setOption({
            grid: { left: 10, right: 30, top: 0, bottom: 20, containLabel: true },
            tooltip: {
                trigger: 'item',
                formatter: (params) => `${encode(params.name)}: ${params.value}`,
            },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: slices.map((slice) => slice.label) },
            series: [{
                type: 'bar', itemStyle: { color: '#6f42c1' }, label: { show: true, position: 'right' },
                data: slices.map((slice) => ({ value: slice.count.count, link: slice.count.link })),
            }],
        });
        chart.on('click', (params) => open(params.data && params.data.link));
    }

    Promise.all([
        fetch(mapElement.dataset.geoUrl, { credentials: 'same-origin' }).then((response) => response.json()),
        fetch(mapElement.dataset.dataUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then((response) => {
                if (!response.ok) {
                    throw new Error(`dashboard data: HTTP ${response.status}`);
                }
                return response.json();
            }),
    ]).then(([world, data]) => {
        echarts.registerMap('world', world);
        const map = drawMap(data, world);
        drawRaidsPerMonth(data);
        drawServerStatuses(data);
        drawLegalStatuses(data);
        // the browser test finds the chart through this
        window.takedownDashboard = { map };
        window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
    }).catch(() => message(mapElement, mapElement.dataset.failed));
})();
