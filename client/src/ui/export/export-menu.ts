import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { edgesCsv, nodesCsv, renderSvg, subgraphJson, type SvgEdge, type SvgNode } from '../../core/export/index.js';
import type { EntitySummary, RelationSummary } from '../../core/graph/index.js';
import { download } from '../dom/element.js';
import type { Explorer } from '../explorer/explorer.js';

const FILE_STEM = 'nexus-graph';
const PAPER = '#ffffff';
/** Cytoscape crops its picture at the outermost label's edge; a white margin keeps labels off the border. */
const PNG_MARGIN = 48;

/** The export menu: the view as PNG or SVG, the visible subgraph as JSON, its nodes and links as CSV. */
export function mountExport(menu: HTMLDetailsElement, explorer: Explorer): void {
  const actions: Record<string, () => void | Promise<void>> = {
    png: async () => {
      const picture = await explorer.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: PAPER, maxWidth: 6000, maxHeight: 6000 });
      download(`${FILE_STEM}.png`, await withMargin(picture, PNG_MARGIN), 'image/png');
    },
    svg: () => download(`${FILE_STEM}.svg`, renderSvg({ title: 'Nexus Graph', nodes: svgNodes(explorer.cy), edges: svgEdges(explorer.cy) }), 'image/svg+xml'),
    json: () => {
      const { nodes, edges } = visibleData(explorer);
      download(`${FILE_STEM}.json`, subgraphJson(nodes, edges, new Map(explorer.cy.nodes().map((node) => [node.id(), { ...node.position() }]))), 'application/json');
    },
    'nodes-csv': () => download(`${FILE_STEM}-nodes.csv`, nodesCsv(visibleData(explorer).nodes), 'text/csv'),
    'edges-csv': () => download(`${FILE_STEM}-links.csv`, edgesCsv(visibleData(explorer).edges, (id) => explorer.nameOf(id)), 'text/csv'),
  };
  menu.addEventListener('click', (event) => {
    const format = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-export]')?.dataset.export;
    const action = format ? actions[format] : undefined;
    if (!format || !action) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
    void Promise.resolve(action()).then(
      () => explorer.notice(`Exported ${EXPORT_NAMES[format] ?? format}.`),
      (error: unknown) => explorer.notice(`The export failed: ${(error as Error).message}`),
    );
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
}

const EXPORT_NAMES: Record<string, string> = {
  png: 'the view as a PNG image',
  svg: 'the view as an SVG drawing',
  json: 'the visible subgraph as JSON',
  'nodes-csv': 'the visible entities as CSV',
  'edges-csv': 'the visible links as CSV',
};

async function withMargin(picture: Blob, margin: number): Promise<Blob> {
  const bitmap = await createImageBitmap(picture);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width + 2 * margin;
  canvas.height = bitmap.height + 2 * margin;
  const context = canvas.getContext('2d');
  if (!context) return picture;
  context.fillStyle = PAPER;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, margin, margin);
  bitmap.close();
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

/** What the reader sees: elements not hidden by the legend. */
function visibleData(explorer: Explorer): { nodes: EntitySummary[]; edges: RelationSummary[] } {
  const nodes = explorer.cy.nodes().filter((node) => !node.hasClass('filtered')).map((node) => explorer.store.entities.get(node.id())).filter((node): node is EntitySummary => !!node);
  const edges = explorer.cy
    .edges()
    .filter((edge) => edge.visible())
    .map((edge) => explorer.store.relations.get(edge.id()))
    .filter((edge): edge is RelationSummary => !!edge);
  return { nodes, edges };
}

function opacity(element: NodeSingular | EdgeSingular): number {
  return element.hasClass('dimmed') || element.hasClass('out-of-time') ? 0.2 : 1;
}

function svgNodes(cy: Core): SvgNode[] {
  return cy
    .nodes()
    .filter((node) => !node.hasClass('filtered'))
    .map((node: NodeSingular) => ({ label: node.data('label'), kind: node.data('kind'), position: { ...node.position() }, width: node.width(), height: node.height(), opacity: opacity(node) }));
}

function svgEdges(cy: Core): SvgEdge[] {
  return cy
    .edges()
    .filter((edge) => edge.visible())
    .map((edge: EdgeSingular) => {
      const control = edge.controlPoints()?.[0];
      return { type: edge.data('type'), source: edge.sourceEndpoint(), target: edge.targetEndpoint(), ...(control ? { control } : {}), opacity: opacity(edge) };
    });
}
