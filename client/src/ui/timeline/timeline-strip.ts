import type { ApiClient } from '../../api/client.js';
import { TIMELINE, type TimelineResult } from '../../api/documents.js';
import type { EntitySummary } from '../../core/graph/index.js';
import { assignLanes, formatPeriod, liesOutside, paddedDomain, spanInterval, ticks, timeScale, toMonth, type Interval, type TimeScale } from '../../core/timeline/index.js';
import type { TimeRange, ViewState } from '../../core/view/index.js';
import { h, replaceChildren } from '../dom/element.js';
import type { Explorer } from '../explorer/explorer.js';
import { svg } from '../dom/svg-element.js';
import { mountAsOf } from './as-of-control.js';

const HEIGHT = 78;
const AXIS_Y = HEIGHT - 18;
const LANE_HEIGHT = 15;
const PADDING = 16;
const LABEL_ROOM = 150;
/** Room a tick label ("2024", "Q3") needs at 11px. */
const TICK_LABEL_WIDTH = 28;

interface TimelineEvent {
  entity: EntitySummary;
  interval: Interval;
}

/**
 * The dated events on a time axis under the graph. Dragging across the axis (or choosing months
 * in the two fields, from the keyboard) selects a period; the graph fades what lies outside it.
 * Events not in the graph are drawn hollow; choosing one brings it in.
 */
export function mountTimeline(container: HTMLElement, explorer: Explorer, api: ApiClient): void {
  let events: TimelineEvent[] = [];
  let status = 'Loading the timeline…';
  const from = h('input', { id: 'timeline-from', type: 'month', onchange: () => fromFields() });
  const to = h('input', { id: 'timeline-to', type: 'month', onchange: () => fromFields() });
  const clear = h('button', { type: 'button', onclick: () => void explorer.setTime(null) }, 'Clear');
  const chart = h('div', { class: 'timeline-chart' });
  const message = h('span', { class: 'timeline-message', role: 'status' });
  replaceChildren(
    container,
    h(
      'div',
      { class: 'timeline-bar' },
      h('h2', {}, 'Timeline'),
      h('label', { for: 'timeline-from' }, 'From'),
      from,
      h('label', { for: 'timeline-to' }, 'to'),
      to,
      clear,
      message,
    ),
    mountAsOf(explorer),
    chart,
  );

  function fromFields(): void {
    if (from.value && to.value) void explorer.setTime(from.value <= to.value ? { from: from.value, to: to.value } : { from: to.value, to: from.value });
  }

  function render(state: ViewState): void {
    from.value = state.time?.from.slice(0, 7) ?? '';
    to.value = state.time?.to.slice(0, 7) ?? '';
    clear.disabled = state.time === null;
    message.textContent = state.time ? `Showing ${formatPeriod(state.time.from, state.time.to)}; the rest is faded.` : status;
    const domain = paddedDomain(events.map((event) => event.interval));
    const width = chart.clientWidth || 800;
    if (!domain) {
      replaceChildren(chart);
      return;
    }
    const scale = timeScale(domain, width, PADDING);
    const lanes = assignLanes(
      events.map((event) => ({ start: scale.toPixel(event.interval.start), end: scale.toPixel(event.interval.start) + LABEL_ROOM })),
      4,
    );
    const drawing = svg('svg', { width, height: HEIGHT, class: 'timeline-svg', role: 'group', 'aria-label': 'Events by date; drag across to choose a period' });
    drawing.append(svg('rect', { x: 0, y: 0, width, height: HEIGHT, class: 'timeline-background' }));
    if (state.time) drawing.append(brushRect(scale, state.time));
    drawing.append(axis(scale, domain));
    events.forEach((event, index) => drawing.append(eventMark(event, scale, lanes[index] ?? 0, state)));
    attachBrush(drawing, scale, (range) => void explorer.setTime(range));
    replaceChildren(chart, drawing);
  }

  function eventMark(event: TimelineEvent, scale: TimeScale, lane: number, state: ViewState): SVGElement {
    const x = scale.toPixel(event.interval.start);
    const endX = Math.max(scale.toPixel(event.interval.end), x + 6);
    const y = 8 + Math.min(lane, 2) * LANE_HEIGHT;
    const inView = state.nodes.includes(event.entity.id);
    const faded = state.time !== null && liesOutside(event.entity.startDate, event.entity.endDate, state.time);
    const when = formatPeriod(event.entity.startDate, event.entity.endDate);
    const mark = svg('g', {
      class: `timeline-event${inView ? ' in-view' : ''}${faded ? ' faded' : ''}${state.selected === event.entity.id ? ' selected' : ''}`,
      tabindex: 0,
      role: 'button',
      'data-id': event.entity.id,
    });
    // Named by its <title> (also the tooltip), not an aria-label: the visible label may be cut short.
    mark.append(svg('title', {}, `${event.entity.name}, ${when}${inView ? '' : ', not in the graph yet'}`));
    mark.append(svg('rect', { x, y, width: endX - x, height: 10, rx: 2 }));
    const name = event.entity.name.length > 24 ? `${event.entity.name.slice(0, 23)}…` : event.entity.name;
    // Near the right edge the label goes to the left of its mark, so it is never cut off.
    const leftwards = endX + LABEL_ROOM > scale.width;
    mark.append(svg('text', { x: leftwards ? x - 4 : endX + 4, y: y + 9, 'text-anchor': leftwards ? 'end' : 'start' }, name));
    const open = () => void explorer.reveal([event.entity.id], event.entity.id);
    mark.addEventListener('click', open);
    mark.addEventListener('pointerdown', (pointer) => pointer.stopPropagation());
    mark.addEventListener('keydown', (key) => {
      if (key.key === 'Enter' || key.key === ' ') {
        key.preventDefault();
        open();
      }
    });
    return mark;
  }

  async function load(): Promise<void> {
    try {
      const { timeline } = await api.request<TimelineResult>(TIMELINE, {}, 'the timeline');
      events = timeline
        .map((entity) => ({ entity, interval: spanInterval(entity.startDate, entity.endDate) }))
        .filter((event): event is TimelineEvent => event.interval !== null);
      status = events.length ? `${events.length} dated events. Drag across the axis to choose a period.` : 'No dated events in the graph.';
    } catch (error) {
      status = `Could not load the timeline: ${(error as Error).message}`;
    }
    render(explorer.state);
  }

  explorer.onChange((state) => render(state));
  new ResizeObserver(() => render(explorer.state)).observe(chart);
  void load();
}

function axis(scale: TimeScale, domain: Interval): SVGElement {
  const group = svg('g', { class: 'timeline-axis', 'aria-hidden': 'true' });
  group.append(svg('line', { x1: scale.toPixel(domain.start), x2: scale.toPixel(domain.end), y1: AXIS_Y, y2: AXIS_Y }));
  for (const tick of ticks(domain)) {
    const x = scale.toPixel(tick.time);
    group.append(svg('line', { x1: x, x2: x, y1: AXIS_Y, y2: AXIS_Y + (tick.major ? 6 : 3) }));
    // A label that would run off the right edge (the domain's closing year) is left out rather than cut.
    const fits = x + 2 + TICK_LABEL_WIDTH <= scale.width;
    if (fits && (tick.major || scale.width > 700)) group.append(svg('text', { x: x + 2, y: AXIS_Y + 15, class: tick.major ? 'major' : 'minor' }, tick.label));
  }
  return group;
}

function brushRect(scale: TimeScale, range: TimeRange): SVGElement {
  const interval = spanInterval(range.from, range.to)!;
  const x = scale.toPixel(interval.start);
  return svg('rect', { class: 'timeline-brush', x, y: 0, width: Math.max(scale.toPixel(interval.end) - x, 2), height: AXIS_Y });
}

/** Pointer brushing: press, drag, release; a range snaps to whole months. */
function attachBrush(drawing: SVGSVGElement, scale: TimeScale, commit: (range: TimeRange) => void): void {
  drawing.addEventListener('pointerdown', (down) => {
    const left = drawing.getBoundingClientRect().left;
    const startX = down.clientX - left;
    const preview = svg('rect', { class: 'timeline-brush preview', x: startX, y: 0, width: 1, height: AXIS_Y });
    drawing.append(preview);
    drawing.setPointerCapture(down.pointerId);
    const move = (event: PointerEvent) => {
      const x = event.clientX - left;
      preview.setAttribute('x', String(Math.min(x, startX)));
      preview.setAttribute('width', String(Math.max(Math.abs(x - startX), 1)));
    };
    const up = (event: PointerEvent) => {
      drawing.removeEventListener('pointermove', move);
      drawing.removeEventListener('pointerup', up);
      preview.remove();
      const endX = event.clientX - left;
      if (Math.abs(endX - startX) < 4) return; // a click, not a drag
      const [a, b] = [scale.toTime(Math.min(startX, endX)), scale.toTime(Math.max(startX, endX))];
      commit({ from: toMonth(a), to: toMonth(b) });
    };
    drawing.addEventListener('pointermove', move);
    drawing.addEventListener('pointerup', up);
  });
}
