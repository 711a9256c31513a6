import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../support/browser.js';
import { type ExplorerSession, screenshot, startSettledExplorer, visibleNodeIds, waitForIdle } from './explorer-harness.js';
import { parseCsv } from '../support/csv.js';

let session: ExplorerSession;

beforeAll(async () => {
  session = await startSettledExplorer();
  // Exports are of what the reader sees: with States hidden in the legend, no state may appear in any file.
  await session.page.click('#legend button[data-kind="State"]');
  await session.page.waitForFunction(() => window.cy.nodes('[kind = "State"]:visible').length === 0, undefined, { polling: 50 });
  await waitForIdle(session.page);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** Chooses a format in the Export menu and saves what the browser downloads under tests/artifacts/. */
async function exportAs(page: Page, format: string): Promise<{ path: string; fileName: string; bytes: Buffer }> {
  await page.click('#export-menu summary');
  const item = page.locator(`#export-menu button[data-export="${format}"]`);
  await item.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const fileName = download.suggestedFilename();
  const path = join(ARTIFACTS, `export-${fileName}`);
  await download.saveAs(path);
  return { path, fileName, bytes: readFileSync(path) };
}

function visibleEdgeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy.edges(':visible').map((edge) => edge.id()).sort());
}

describe('exporting the view', () => {
  it('downloads a PNG picture of the graph that is a real, non-blank image', async () => {
    const { page } = session;
    const { fileName, bytes } = await exportAs(page, 'png');
    expect(fileName).toBe('nexus-graph.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(400);
    expect(bytes.length).toBeGreaterThan(20_000);
    // Decoded by the browser: a good share of the pixels are drawn (not a white sheet).
    const inked = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const border = 12;
      let drawn = 0;
      let onBorder = 0;
      for (let index = 0; index < data.length; index += 4) {
        if (data[index]! > 200 && data[index + 1]! > 200 && data[index + 2]! > 200) continue;
        drawn++;
        const x = (index / 4) % canvas.width;
        const y = Math.floor(index / 4 / canvas.width);
        if (x < border || y < border || x >= canvas.width - border || y >= canvas.height - border) onBorder++;
      }
      return { share: drawn / (data.length / 4), onBorder };
    }, bytes.toString('base64'));
    expect(inked.share).toBeGreaterThan(0.01);
    // Nothing touches the edges: no label is cut off.
    expect(inked.onBorder).toBe(0);
  });

  it('downloads an SVG drawing that parses and names every visible node, and no hidden one', async () => {
    const { page } = session;
    const { fileName, bytes } = await exportAs(page, 'svg');
    expect(fileName).toBe('nexus-graph.svg');
    const expected = await page.evaluate(() => ({
      shown: window.cy.nodes(':visible').map((node) => String(node.data('label'))).sort(),
      hidden: window.cy.nodes(':hidden').map((node) => String(node.data('label'))),
      edges: window.cy.edges(':visible').length,
    }));
    expect(expected.hidden.length).toBeGreaterThan(0);
    const drawing = await page.evaluate((text) => {
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        errors: svg.getElementsByTagName('parsererror').length,
        root: svg.documentElement.nodeName,
        // A label is wrapped into lines (tspans) at spaces: joined again with spaces, it reads as on screen.
        labels: [...svg.querySelectorAll('g > text')].map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')).sort(),
        paths: svg.querySelectorAll('svg > path').length,
      };
    }, bytes.toString('utf8'));
    expect(drawing.errors).toBe(0);
    expect(drawing.root).toBe('svg');
    expect(drawing.labels).toEqual(expected.shown);
    for (const label of expected.hidden) expect(drawing.labels).not.toContain(label);
    expect(drawing.paths).toBe(expected.edges);
  });

  it('downloads the visible subgraph as JSON: exactly the nodes and links in view, each link with its evidence', async () => {
    const { page } = session;
    const { fileName, bytes } = await exportAs(page, 'json');
    expect(fileName).toBe('nexus-graph.json');
    const subgraph = JSON.parse(bytes.toString('utf8')) as {
      nodes: { id: string; kind: string; name: string; position: { x: number; y: number } | null }[];
      edges: { id: string; type: string; from: { id: string }; to: { id: string }; evidence: { quote: string; source: { title: string } }[] }[];
    };
    expect(subgraph.nodes.map((node) => node.id).sort()).toEqual(await visibleNodeIds(page));
    expect(subgraph.edges.map((edge) => edge.id).sort()).toEqual(await visibleEdgeIds(page));
    expect(subgraph.nodes.some((node) => node.kind === 'State')).toBe(false);
    expect(subgraph.nodes.every((node) => node.name && node.position && Number.isFinite(node.position.x))).toBe(true);
    const shown = new Set(subgraph.nodes.map((node) => node.id));
    for (const edge of subgraph.edges) {
      expect(shown.has(edge.from.id) && shown.has(edge.to.id)).toBe(true);
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const item of edge.evidence) {
        expect(item.quote.length).toBeGreaterThan(10);
        expect(item.source.title.length).toBeGreaterThan(0);
      }
    }
  });

  it('downloads the visible entities as CSV, one row each under a header', async () => {
    const { page } = session;
    const { fileName, bytes } = await exportAs(page, 'nodes-csv');
    expect(fileName).toBe('nexus-graph-nodes.csv');
    const [header, ...rows] = parseCsv(bytes.toString('utf8'));
    expect(header).toEqual(['id', 'kind', 'name', 'aliases', 'description', 'startDate', 'endDate', 'doubt', 'datasets']);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(rows.map((row) => row[0]).sort()).toEqual(await visibleNodeIds(page));
    const unodc = rows.find((row) => row[0] === 'org:unodc');
    expect(unodc?.slice(1, 3)).toEqual(['Organization', 'United Nations Office on Drugs and Crime']);
    // The sources leave the project's period in doubt: the CSV says so, as the details do.
    const project = rows.find((row) => row[0] === 'project:terrorism-arms-crime-nexus');
    expect(project?.[7]).toMatch(/\w{10,}/);
  });

  it('downloads the visible links as CSV, one row each with both ends named and its sources', async () => {
    const { page } = session;
    const { fileName, bytes } = await exportAs(page, 'edges-csv');
    expect(fileName).toBe('nexus-graph-links.csv');
    const [header, ...rows] = parseCsv(bytes.toString('utf8'));
    expect(header).toEqual(['id', 'type', 'from', 'fromName', 'to', 'toName', 'conflict', 'doubt', 'evidenceCount', 'sources', 'datasets']);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(rows.map((row) => row[0]).sort()).toEqual(await visibleEdgeIds(page));
    for (const row of rows) {
      expect(row[3]).not.toBe('');
      expect(row[5]).not.toBe('');
      expect(Number(row[8])).toBeGreaterThan(0);
      expect(row[9]).not.toBe('');
    }
    await screenshot(page, 'export-states-hidden');
  });

  it('closes the menu after a choice and says what was exported', async () => {
    const { page } = session;
    expect(await page.evaluate(() => (document.getElementById('export-menu') as HTMLDetailsElement).open)).toBe(false);
    await page.locator('.status-notice', { hasText: 'Exported the visible links as CSV' }).waitFor();
  });

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
