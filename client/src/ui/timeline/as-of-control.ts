import { drawnAsOf, formatIsoPrefix, playYears, type AsOfVerdict } from '../../core/timeline/index.js';
import type { ViewState } from '../../core/view/index.js';
import { h } from '../dom/element.js';
import { oncePerFrame } from '../dom/schedule.js';
import type { Explorer } from '../explorer/explorer.js';

/** How long a play shows each year. */
const STEP_MS = 1000;
const ISO_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * The date control: the graph as it stood on a year (the slider) or a day (the field), and a
 * play that steps through the years from the earliest start in view, then ends on the latest
 * data. Each shown year is announced. A play is one step for undo: its later years replace its
 * first. The period brushed on the timeline still fades what lies outside it.
 */
export function mountAsOf(explorer: Explorer): HTMLElement {
  const thisYear = new Date().getUTCFullYear();
  const slider = h('input', { id: 'as-of-year', type: 'range', step: 1, 'aria-describedby': 'as-of-shown', onchange: () => fromSlider(), oninput: () => preview() });
  const field = h('input', { id: 'as-of-date', type: 'text', inputmode: 'numeric', size: 10, placeholder: 'YYYY-MM-DD', 'aria-describedby': 'as-of-hint', onchange: () => fromField() });
  const playButton = h('button', { type: 'button', id: 'as-of-play', 'aria-pressed': 'false', onclick: () => (playing ? pause() : void play()) }, 'Play');
  const stopButton = h('button', { type: 'button', id: 'as-of-stop', title: 'Stop and show the latest data', onclick: () => void stop() }, 'Stop');
  const shown = h('strong', { id: 'as-of-shown', class: 'as-of-shown' });
  const summary = h('span', { class: 'as-of-summary' });
  const announcer = h('span', { class: 'visually-hidden', 'aria-live': 'polite', id: 'as-of-announcer' });
  const hint = h('span', { id: 'as-of-hint', class: 'visually-hidden' }, 'A year, a month or a day, such as 2016 or 2016-05-31; empty for the latest data.');
  let playing: { cancelled: boolean; wake: () => void } | null = null;

  const label = (asOf: string | null) => (asOf ? `as of ${formatIsoPrefix(asOf)}` : 'latest data');

  function startDatesInView(): (string | null | undefined)[] {
    return explorer.cy
      .edges()
      .filter((edge) => !edge.hasClass('filtered'))
      .map((edge) => explorer.store.relations.get(edge.id())?.startDate);
  }

  function range(): { min: number; max: number } {
    const years = playYears(startDatesInView(), thisYear);
    return { min: Math.min(years[0] ?? thisYear - 10, thisYear - 1), max: thisYear };
  }

  function render(state: ViewState): void {
    const { min, max } = range();
    slider.min = String(min);
    slider.max = String(max);
    const year = state.asOf ? Number(state.asOf.slice(0, 4)) : max;
    slider.value = String(Math.min(Math.max(year, min), max));
    slider.setAttribute('aria-valuetext', label(state.asOf));
    if (document.activeElement !== field) field.value = state.asOf ?? '';
    shown.textContent = label(state.asOf);
    stopButton.disabled = state.asOf === null && !playing;
    playButton.textContent = playing ? 'Pause' : 'Play';
    playButton.setAttribute('aria-pressed', String(!!playing));
    summary.textContent = state.asOf ? counts() : '';
  }

  /** "54 links hold, 2 uncertain, 80 hidden": what the date did to the links in view. */
  function counts(): string {
    let holds = 0;
    let uncertain = 0;
    let hidden = 0;
    explorer.cy.edges().forEach((edge) => {
      const verdict = edge.scratch('_asOf') as AsOfVerdict | null | undefined;
      if (!verdict || edge.hasClass('filtered')) return;
      if (verdict.status === 'UNCERTAIN') uncertain++;
      else if (drawnAsOf(verdict.status)) holds++;
      else hidden++;
    });
    return `${holds} ${holds === 1 ? 'link holds' : 'links hold'}, ${uncertain} uncertain (faded), ${hidden} not in force (hidden)`;
  }

  function preview(): void {
    const year = Number(slider.value);
    shown.textContent = label(year >= Number(slider.max) ? null : String(year));
  }

  function fromSlider(): void {
    cancelPlay();
    const year = Number(slider.value);
    void set(year >= Number(slider.max) ? null : String(year), 'step');
  }

  function fromField(): void {
    const value = field.value.trim();
    if (value !== '' && !ISO_PREFIX.test(value)) {
      announcer.textContent = `“${value}” is not a date: write a year, a month or a day, such as 2016 or 2016-05-31.`;
      return;
    }
    cancelPlay();
    void set(value === '' ? null : value, 'step');
  }

  async function set(asOf: string | null, how: 'step' | 'replace'): Promise<void> {
    await explorer.setAsOf(asOf, how);
    announcer.textContent = asOf ? `As of ${formatIsoPrefix(asOf)}: ${counts()}.` : 'Showing the latest data.';
  }

  async function play(): Promise<void> {
    const years = playYears(startDatesInView(), thisYear - 1);
    if (years.length === 0) {
      announcer.textContent = 'No dated link in view to play through.';
      return;
    }
    // After a pause, the play goes on from the year it stopped at.
    const at = explorer.state.asOf ? Number(explorer.state.asOf.slice(0, 4)) : null;
    const ahead = at !== null ? years.filter((year) => year > at) : years;
    const run = { cancelled: false, wake: () => undefined };
    playing = run;
    render(explorer.state);
    let first = true;
    for (const year of [...(ahead.length ? ahead : years), null]) {
      if (run.cancelled) return;
      await set(year === null ? null : String(year), first ? 'step' : 'replace');
      first = false;
      if (year !== null) await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, STEP_MS);
        run.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    if (playing === run) playing = null;
    render(explorer.state);
  }

  function cancelPlay(): void {
    if (!playing) return;
    playing.cancelled = true;
    playing.wake();
    playing = null;
  }

  function pause(): void {
    cancelPlay();
    announcer.textContent = `Paused ${label(explorer.state.asOf)}.`;
    render(explorer.state);
  }

  async function stop(): Promise<void> {
    cancelPlay();
    await set(null, 'step');
    render(explorer.state);
  }

  explorer.onChange((state) => render(state));
  explorer.cy.on('add remove', oncePerFrame(() => render(explorer.state)));
  render(explorer.state);
  return h(
    'div',
    { class: 'as-of-bar', role: 'group', 'aria-labelledby': 'as-of-heading' },
    h('h3', { id: 'as-of-heading' }, 'As of'),
    h('label', { for: 'as-of-year', class: 'visually-hidden' }, 'Year shown'),
    slider,
    h('label', { for: 'as-of-date' }, 'Date'),
    field,
    hint,
    playButton,
    stopButton,
    shown,
    summary,
    announcer,
  );
}
