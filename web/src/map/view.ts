// Map of ledger events with their places: d3-geo over the world-atlas TopoJSON (no tile server).
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { actorNames, get, nameOf, type LedgerEvent, type Page } from '../api.js';
import { articleLink, clear, h } from '../dom.js';
import { casualties } from '../timeline/view.js';

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag: string, attrs: Record<string, string | number>) => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

interface Place { location: string; country: string | null; lat: number; lon: number; events: number; assaults: number; last_date: string | null }

export async function renderMap(root: HTMLElement): Promise<void> {
  const [actors, places] = await Promise.all([actorNames(), get<Place[]>('places')]);
  const width = 960;
  const height = 500;
  const topo = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const land = feature(topo, topo.objects.countries);
  const projection = geoNaturalEarth1();
  // Frame the places when there are some, the world otherwise.
  const points = { type: 'MultiPoint' as const, coordinates: places.map((p) => [p.lon, p.lat]) };
  if (places.length > 1) projection.fitExtent([[60, 40], [width - 60, height - 40]], points);
  else projection.fitSize([width, height], land);
  const path = geoPath(projection);
  const total = places.reduce((n, p) => n + p.events, 0);
  const map = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'map', role: 'img', 'aria-label': `Map of ${total} located events at ${places.length} places` });
  map.append(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  map.append(svg('path', { d: path(land) ?? '', class: 'land' }));
  map.append(svg('path', { d: path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? '', class: 'borders' }));
  const detail = h('div', { class: 'panel', id: 'map-detail' }, h('p', { class: 'hint' }, `${total} events at ${places.length} places. Click a dot.`));
  for (const place of places) {
    const xy = projection([place.lon, place.lat]);
    if (!xy) continue;
    const dot = svg('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: Math.min(16, 3 + 2 * Math.sqrt(place.events)).toFixed(1), class: place.assaults > 0 ? 'dot assault' : 'dot' });
    const title = svg('title', {});
    title.textContent = `${place.location}: ${place.events} event${place.events > 1 ? 's' : ''}${place.assaults ? `, ${place.assaults} attacks` : ''}`;
    dot.append(title);
    dot.addEventListener('click', () => void showPlace(detail, place, actors));
    map.append(dot);
  }
  root.append(h('h1', {}, 'Map'), h('div', { class: 'split' }, h('div', { class: 'mapbox' }, map), detail));
}

async function showPlace(detail: HTMLElement, place: Place, actors: Map<string, { name: string }>): Promise<void> {
  const page = await get<Page<LedgerEvent>>('events', { location: place.location, located: true, limit: 100 });
  const events = page.items.filter((e) => e.lat === place.lat && e.lon === place.lon);
  clear(detail);
  detail.append(h('h2', {}, place.location), h('p', { class: 'hint' }, `${page.total} event${page.total === 1 ? '' : 's'}`), h('ul', {}, ...events.map((e) => {
    const r = e.reports[0];
    return h('li', {}, `${e.date ?? 'undated'} · ${e.type}${e.mode ? ` ${e.mode}` : ''} · ${e.actors.map((a) => nameOf(actors as never, a)).join(', ')} ${casualties(e)}`,
      r ? h('div', {}, h('a', { href: articleLink(r.article, r.evidence.start, r.evidence.end) }, r.evidence.text)) : '');
  })));
}
