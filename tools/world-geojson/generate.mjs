// Generates ../../src/main/resources/static/geo/world.json: the world's countries as GeoJSON, keyed by ISO 3166-1
// alpha-2 in the property "iso2" (the dashboard map registers it with ECharts' nameProperty: 'iso2').
// Run once with `npm install && npm run generate`; the output is committed, so the application never needs node.
// Source: Natural Earth 1:50m admin-0 countries (public domain) as packaged by world-atlas@2.0.2.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const out = new URL('../../src/main/resources/static/geo/world.json', import.meta.url);

// Natural Earth features without an ISO numeric code that nevertheless have an alpha-2 in use.
const BY_NAME = { Kosovo: 'XK' };
// Antarctica takes a quarter of the map's height and no case has happened there.
const LEFT_OUT = new Set(['AQ']);
// Countries whose rings reach across the antimeridian: their western pieces are moved east of 180°, or ECharts
// draws horizontal stripes across the whole map.
const ACROSS_ANTIMERIDIAN = new Set(['RU', 'FJ']);
const DECIMALS = 2; // about a kilometre, finer than the tolerance below

const TOLERANCE = 0.05; // degrees a simplified border may stray from Natural Earth's: a fifth of a pixel

const round = (value) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

// Douglas-Peucker: keeps the points that stray more than TOLERANCE from the line between the points kept around them.
function simplify(points) {
    if (points.length <= 4) {
        return points;
    }
    const keep = new Uint8Array(points.length);
    keep[0] = keep[points.length - 1] = 1;
    const stack = [[0, points.length - 1]];
    while (stack.length > 0) {
        const [first, last] = stack.pop();
        const [ax, ay] = points[first];
        const [bx, by] = points[last];
        const length = Math.hypot(bx - ax, by - ay);
        let farthest = -1;
        let distance = TOLERANCE;
        for (let i = first + 1; i < last; i++) {
            const [px, py] = points[i];
            const d = length === 0 ? Math.hypot(px - ax, py - ay)
                : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
            if (d > distance) {
                distance = d;
                farthest = i;
            }
        }
        if (farthest >= 0) {
            keep[farthest] = 1;
            stack.push([first, farthest], [farthest, last]);
        }
    }
    return points.filter((_, i) => keep[i]);
}

// A ring simplified and rounded; a ring too small to survive that (an island state) is only rounded.
function ring(points, shift) {
    const simplified = rounded(simplify(points), shift);
    return simplified.length >= 4 ? simplified : rounded(points, shift);
}

function rounded(points, shift) {
    const result = [];
    for (const [lon, lat] of points) {
        const point = [round(shift && lon < 0 ? lon + 360 : lon), round(lat)];
        const last = result[result.length - 1];
        if (!last || last[0] !== point[0] || last[1] !== point[1]) {
            result.push(point);
        }
    }
    return result;
}

function polygons(geometry) {
    return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

const byCode = new Map();
const skipped = [];
for (const country of feature(topology, topology.objects.countries).features) {
    const name = country.properties.name;
    const iso2 = country.id ? countries.numericToAlpha2(country.id) : BY_NAME[name];
    if (!iso2 || LEFT_OUT.has(iso2)) {
        skipped.push(name);
        continue;
    }
    const shift = ACROSS_ANTIMERIDIAN.has(iso2);
    const coordinates = polygons(country.geometry)
        .map((polygon) => polygon.map((points) => ring(points, shift)).filter((points) => points.length >= 4))
        .filter((polygon) => polygon.length > 0);
    if (coordinates.length === 0) {
        skipped.push(name); // smaller than the map can show: the dashboard's table still lists it
        continue;
    }
    const known = byCode.get(iso2); // Australia's outlying islands come as a feature of their own
    if (known) {
        known.geometry.coordinates.push(...coordinates);
    }
    else {
        byCode.set(iso2, { type: 'Feature', properties: { iso2, name }, geometry: { type: 'MultiPolygon', coordinates } });
    }
}
const features = [...byCode.values()].sort((a, b) => a.properties.iso2.localeCompare(b.properties.iso2));

mkdirSync(new URL('.', out), { recursive: true });
const json = JSON.stringify({ type: 'FeatureCollection', features });
writeFileSync(out, json + '\n');
console.log(`${features.length} countries, ${Math.round(json.length / 1024)} KB; left out: ${skipped.join(', ')}`);
