import cytoscape from 'cytoscape';
import { graphql } from './api.js';
import { toElements } from './elements.js';
import { NEIGHBOURHOOD, SEARCH, type EntityData, type SearchData, type SubgraphData } from './queries.js';

const START_ID = 'project:terrorism-arms-crime-nexus';

const status = document.querySelector<HTMLElement>('#status')!;
const details = document.querySelector<HTMLElement>('#details')!;
const searchInput = document.querySelector<HTMLInputElement>('#search')!;
const suggestions = document.querySelector<HTMLUListElement>('#suggestions')!;

const cy = cytoscape({
  container: document.querySelector<HTMLElement>('#graph'),
  style: [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': '110px', 'background-color': '#3b6fb6' } },
    { selector: 'edge', style: { width: 1.5, 'line-color': '#9aa7b8', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa7b8', 'curve-style': 'bezier' } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#d97706' } },
  ],
});
// Browser tests assert through the graph API rather than pixels.
(window as unknown as { cy: cytoscape.Core }).cy = cy;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function showEntity(entity: EntityData): void {
  details.innerHTML = `
    <h2>${escapeHtml(entity.name)}</h2>
    <p><strong>${escapeHtml(entity.kind)}</strong> · <code>${escapeHtml(entity.id)}</code></p>
    ${entity.description ? `<p>${escapeHtml(entity.description)}</p>` : ''}
    ${entity.aliases.length ? `<p>Also: ${entity.aliases.map(escapeHtml).join(', ')}</p>` : ''}
    ${entity.doubt ? `<p class="doubt">Doubt: ${escapeHtml(entity.doubt)}</p>` : ''}
    <h3>Evidence</h3>
    ${entity.evidence.map((item) => `<blockquote>${escapeHtml(item.quote)}<div class="source">${escapeHtml(item.source.title)}</div></blockquote>`).join('')}`;
}

async function loadNeighbourhood(id: string, depth: number): Promise<void> {
  status.textContent = 'Loading…';
  const data = await graphql<SubgraphData>(NEIGHBOURHOOD, { id, depth });
  cy.add(toElements(data.neighbourhood.nodes, data.neighbourhood.edges).filter((element) => cy.getElementById(element.data.id!).empty()));
  cy.layout({ name: 'cose', animate: false }).run();
  status.textContent = `${cy.nodes().length} entities, ${cy.edges().length} relations`;
}

cy.on('tap', 'node', (event) => showEntity(event.target.data('entity') as EntityData));

let searchTimer: ReturnType<typeof setTimeout> | undefined;
searchInput.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(async () => {
    const text = searchInput.value.trim();
    if (!text) {
      suggestions.innerHTML = '';
      return;
    }
    const data = await graphql<SearchData>(SEARCH, { text });
    suggestions.innerHTML = data.search
      .map((hit) => `<li role="option" data-id="${escapeHtml(hit.entity.id)}">${escapeHtml(hit.entity.name)}<span class="kind">${escapeHtml(hit.entity.kind)} · ${escapeHtml(hit.matched)}</span></li>`)
      .join('');
  }, 200);
});
suggestions.addEventListener('click', async (event) => {
  const item = (event.target as HTMLElement).closest('li');
  if (!item?.dataset.id) return;
  suggestions.innerHTML = '';
  await loadNeighbourhood(item.dataset.id, 1);
  const node = cy.getElementById(item.dataset.id);
  cy.elements().unselect();
  node.select();
  cy.animate({ center: { eles: node } });
  showEntity(node.data('entity') as EntityData);
});

loadNeighbourhood(START_ID, 3).catch((error: Error) => {
  status.textContent = `Could not load the graph: ${error.message}`;
});
