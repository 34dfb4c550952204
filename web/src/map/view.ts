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

export async function renderMap(root: HTMLElement): Promise<void> {
  const [actors, events] = await Promise.all([actorNames(), locatedEvents()]);
  const width = 960;
  const height = 500;
  const topo = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const land = feature(topo, topo.objects.countries);
  const projection = geoNaturalEarth1();
  // Frame the events when there are some, the world otherwise.
  const points = { type: 'MultiPoint' as const, coordinates: events.map((e) => [e.lon!, e.lat!]) };
  if (events.length > 1) projection.fitExtent([[60, 40], [width - 60, height - 40]], points);
  else projection.fitSize([width, height], land);
  const path = geoPath(projection);
  const map = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'map', role: 'img', 'aria-label': `Map of ${events.length} located events` });
  map.append(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  map.append(svg('path', { d: path(land) ?? '', class: 'land' }));
  map.append(svg('path', { d: path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? '', class: 'borders' }));
  const detail = h('div', { class: 'panel', id: 'map-detail' }, h('p', { class: 'hint' }, `${events.length} events with a place. Click a dot.`));
  // Events at the same place share one dot.
  const byPlace = new Map<string, LedgerEvent[]>();
  for (const e of events) {
    const key = `${e.lat!.toFixed(2)},${e.lon!.toFixed(2)}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), e]);
  }
  for (const group of byPlace.values()) {
    const xy = projection([group[0].lon!, group[0].lat!]);
    if (!xy) continue;
    const dot = svg('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: Math.min(14, 3 + 2 * Math.sqrt(group.length)), class: group.some((e) => e.type === 'ASSAULT') ? 'dot assault' : 'dot' });
    const title = svg('title', {});
    title.textContent = `${group[0].location ?? ''}: ${group.length} event${group.length > 1 ? 's' : ''}`;
    dot.append(title);
    dot.addEventListener('click', () => {
      clear(detail);
      detail.append(h('h2', {}, group[0].location ?? 'place'), h('ul', {}, ...group.map((e) => {
        const r = e.reports[0];
        return h('li', {}, `${e.date ?? 'undated'} · ${e.type}${e.mode ? ` ${e.mode}` : ''} · ${e.actors.map((a) => nameOf(actors, a)).join(', ')} ${casualties(e)}`,
          r ? h('div', {}, h('a', { href: articleLink(r.article, r.evidence.start, r.evidence.end) }, r.evidence.text)) : '');
      })));
    });
    map.append(dot);
  }
  root.append(h('h1', {}, 'Map'), h('div', { class: 'split' }, h('div', { class: 'mapbox' }, map), detail));
}

async function locatedEvents(): Promise<LedgerEvent[]> {
  const all: LedgerEvent[] = [];
  for (let offset = 0; offset < 5000; offset += 500) {
    const page = await get<Page<LedgerEvent>>('events', { located: true, limit: 500, offset });
    all.push(...page.items);
    if (offset + 500 >= page.total) break;
  }
  return all;
}
