import { PANEL_TAB_LABELS, PANEL_TABS, type PanelTab } from './workbench.js';
import { h, replaceChildren } from '../dom/element.js';

export interface Tabs {
  show(tab: PanelTab): void;
  readonly current: PanelTab;
  onShow(listener: (tab: PanelTab) => void): void;
}

/** The side panel's tabs (ARIA tabs: arrow keys move between them, Home/End jump). */
export function mountTabs(tabList: HTMLElement, panels: Record<PanelTab, HTMLElement>): Tabs {
  let current: PanelTab = 'details';
  const listeners = new Set<(tab: PanelTab) => void>();
  const buttons = new Map(
    PANEL_TABS.map((tab) => [
      tab,
      h('button', { type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': panels[tab].id, onclick: () => show(tab) }, PANEL_TAB_LABELS[tab]),
    ]),
  );
  replaceChildren(tabList, [...buttons.values()]);
  tabList.setAttribute('role', 'tablist');
  tabList.addEventListener('keydown', (event) => {
    const index = PANEL_TABS.indexOf(current);
    const next =
      event.key === 'ArrowRight' ? PANEL_TABS[(index + 1) % PANEL_TABS.length]
      : event.key === 'ArrowLeft' ? PANEL_TABS[(index - 1 + PANEL_TABS.length) % PANEL_TABS.length]
      : event.key === 'Home' ? PANEL_TABS[0]
      : event.key === 'End' ? PANEL_TABS[PANEL_TABS.length - 1]
      : undefined;
    if (!next) return;
    event.preventDefault();
    show(next);
    buttons.get(next)!.focus();
  });

  function show(tab: PanelTab): void {
    current = tab;
    for (const [name, button] of buttons) {
      const active = name === tab;
      button.setAttribute('aria-selected', String(active));
      button.tabIndex = active ? 0 : -1;
      panels[name].hidden = !active;
      panels[name].setAttribute('role', 'tabpanel');
      panels[name].setAttribute('aria-labelledby', `tab-${name}`);
      panels[name].tabIndex = 0;
    }
    for (const listener of listeners) listener(tab);
  }

  show(current);
  return {
    show,
    get current() {
      return current;
    },
    onShow: (listener) => listeners.add(listener),
  };
}
