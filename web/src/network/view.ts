// Actor network: meetings, attacks, demands and other events as typed edges (cytoscape.js).
import cytoscape from 'cytoscape';
import { get, type Network } from '../api.js';
import { h } from '../dom.js';

const EDGE_COLOURS: Record<string, string> = {
  meeting: '#1f77b4', attack: '#d62728', demand: '#ff7f0e', reject: '#7f3c8d', support: '#2ca02c', offer: '#17becf',
};
const OTHER = '#8c8c8c';

const MAX_EDGES = 250;

export async function renderNetwork(root: HTMLElement): Promise<void> {
  const full = await get<Network>('network');
  // On a big ledger the strongest links only (the API sends them strongest first), and their actors.
  const edges = full.edges.slice(0, MAX_EDGES);
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  const net = { nodes: full.nodes.filter((n) => used.has(n.id)), edges };
  const kinds = [...new Set(net.edges.map((e) => e.kind))].sort();
  const box = h('div', { class: 'graph', id: 'network-graph' });
  const info = h('p', { class: 'hint', id: 'network-info' }, `${net.nodes.length} actors, ${net.edges.length} links${full.edges.length > edges.length ? ` (the strongest of ${full.edges.length})` : ''}. Click an actor to see its links.`);
  root.append(h('h1', {}, 'Actor network'),
    h('p', { class: 'legend' }, ...kinds.map((k) => h('span', { class: 'chip', style: `border-color:${EDGE_COLOURS[k] ?? OTHER}` }, k))),
    info, box);
  if (net.nodes.length === 0) return;
  const degree = new Map<string, number>();
  for (const e of net.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + e.count);
  const cy = cytoscape({
    container: box,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, size: 14 + Math.min(30, 3 * (degree.get(n.id) ?? 1)) } })),
      ...net.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, count: e.count, colour: EDGE_COLOURS[e.kind] ?? OTHER } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#555', 'font-size': 10, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'node[kind = "state"]', style: { 'background-color': '#3b6ea8', shape: 'round-rectangle' } },
      { selector: 'node[kind = "person"]', style: { 'background-color': '#b5651d' } },
      { selector: 'node[kind = "armed_group"]', style: { 'background-color': '#a83232', shape: 'diamond' } },
      { selector: 'edge', style: { width: 'mapData(count, 1, 10, 1, 6)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.75 } },
      { selector: '.faded', style: { opacity: 0.1 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, numIter: 400, nodeRepulsion: () => 8000, idealEdgeLength: () => 80 },
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (evt) => {
    const node = evt.target;
    cy.elements().addClass('faded');
    node.closedNeighborhood().removeClass('faded');
    const links = node.connectedEdges().map((e: cytoscape.EdgeSingular) => `${e.source().data('label')} → ${e.target().data('label')}: ${e.data('kind')} ×${e.data('count')}`);
    info.textContent = `${node.data('label')}: ${links.join('; ')}`;
  });
  cy.on('tap', (evt) => { if (evt.target === cy) cy.elements().removeClass('faded'); });
}
