import { describe, expect, it } from 'vitest';
import { renderSvg, wrapLabel, type SvgSnapshot } from '../../client/src/core/export/index.js';
import { escapeXml } from '../../client/src/core/export/svg.js';
import { RELATION_TYPES } from '../../client/src/core/model/index.js';

const UNODC_NODE = { label: 'UNODC', kind: 'Organization', position: { x: 0, y: 0 }, width: 30, height: 30, opacity: 1 } as const;

describe('labels in the SVG export', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;Tom &#38; Jerry&#39;s&#60;/a&#62;');
    expect(escapeXml('Алматы — “ok”')).toBe('Алматы — “ok”');
  });

  it('wraps a long caption at spaces into lines of at most the width', () => {
    expect(wrapLabel('Addressing the terrorism-arms-crime nexus', 22)).toEqual(['Addressing the', 'terrorism-arms-crime', 'nexus']);
    expect(wrapLabel('  SCO   RATS ', 22)).toEqual(['SCO RATS']);
  });

  it('keeps a word longer than the width whole, and makes no lines of nothing', () => {
    expect(wrapLabel('Counter-Terrorism-Implementation-Task-Force', 22)).toEqual(['Counter-Terrorism-Implementation-Task-Force']);
    expect(wrapLabel('', 22)).toEqual([]);
    expect(wrapLabel('   ', 22)).toEqual([]);
  });
});

describe('the view as SVG', () => {
  it('draws an empty view as a small blank page with every arrow head defined', () => {
    const svg = renderSvg({ title: 'Nexus Graph', nodes: [], edges: [] });
    expect(svg).toContain('viewBox="-40 -40 180 180" width="180" height="180"');
    expect(svg).toContain('<title>Nexus Graph</title>');
    for (const type of RELATION_TYPES) expect(svg).toContain(`<marker id="arrow-${type}"`);
    expect(svg.match(/<marker /g)).toHaveLength(RELATION_TYPES.length);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('frames one node with room for its caption, in its kind’s shape and colour', () => {
    const svg = renderSvg({ title: 'One', nodes: [UNODC_NODE], edges: [] });
    // x from -70 to 70 (captions get 140 px), y from -15 to 15 + 44 px of caption; 40 px margins.
    expect(svg).toContain('viewBox="-110 -55 220 154" width="220" height="154"');
    expect(svg).toContain('<g opacity="1"><rect x="-15" y="-15" width="30" height="30" rx="7.5" fill="#0072B2" stroke="#1f2933" stroke-width="1.5"/>');
    expect(svg).toContain('<text x="0" y="28" text-anchor="middle"');
    expect(svg).toContain('<tspan x="0" dy="0">UNODC</tspan>');
  });

  it('escapes the title and the captions', () => {
    const svg = renderSvg({ title: 'Links <&> "quotes"', nodes: [{ ...UNODC_NODE, label: 'Tom & Jerry <Ltd>' }], edges: [] });
    expect(svg).toContain('<title>Links &#60;&#38;&#62; &#34;quotes&#34;</title>');
    expect(svg).toContain('>Tom &#38; Jerry &#60;Ltd&#62;</tspan>');
    expect(svg).not.toContain('<Ltd>');
  });

  it('draws straight and curved edges in their type’s colour, dash and arrow, faded ones faded', () => {
    const snapshot: SvgSnapshot = {
      title: 'Edges',
      nodes: [UNODC_NODE, { ...UNODC_NODE, label: 'Project', kind: 'Project', position: { x: 200, y: 100 } }],
      edges: [
        { type: 'IMPLEMENTS', source: { x: 0, y: 0 }, target: { x: 200, y: 100 }, opacity: 1 },
        { type: 'FUNDS', source: { x: 0, y: 0 }, target: { x: 200, y: 100 }, control: { x: 120.04, y: 10.06 }, opacity: 0.2 },
      ],
    };
    const svg = renderSvg(snapshot);
    expect(svg).toContain('<path d="M0,0 L200,100" fill="none" stroke="#0b5394" stroke-width="1.6" marker-end="url(#arrow-IMPLEMENTS)" opacity="1"/>');
    expect(svg).toMatch(/<path d="M0,0 Q120,10\.1 200,100" fill="none" stroke="#9a4a00" stroke-width="1\.6" stroke-dasharray="6\.4 4\.8\d*" marker-end="url\(#arrow-FUNDS\)" opacity="0\.2"\/>/);
    // Edges are drawn first, so that nodes cover their ends.
    expect(svg.indexOf('<path d="M0,0 L200,100"')).toBeLessThan(svg.indexOf('<g opacity'));
    expect(svg).toContain('<polygon points="');
  });

  it('wraps a long caption into tspans one line apart', () => {
    const svg = renderSvg({ title: 't', nodes: [{ ...UNODC_NODE, label: 'Addressing the terrorism-arms-crime nexus' }], edges: [] });
    expect(svg).toContain('<tspan x="0" dy="0">Addressing the</tspan><tspan x="0" dy="13.2">terrorism-arms-crime</tspan><tspan x="0" dy="13.2">nexus</tspan>');
  });
});
