import type { ApiClient, Outage } from '../../api/client.js';
import { h, replaceChildren } from '../dom/element.js';
import type { Explorer } from '../explorer/explorer.js';

/**
 * A clear banner when the API or its database is unavailable, with Retry. Requests that met the
 * outage wait for it; Retry sends them again, and the view completes once the service is back.
 */
export function mountOutageBanner(container: HTMLElement, api: ApiClient, explorer: Explorer): void {
  const retry = h('button', { type: 'button', class: 'retry' }, 'Retry');
  const message = h('p', { class: 'outage-message' });
  replaceChildren(container, h('strong', { class: 'outage-title' }, 'Service unavailable'), message, retry);
  container.hidden = true;
  let wasDown = false;

  retry.addEventListener('click', () => {
    retry.disabled = true;
    retry.textContent = 'Retrying…';
    api.retry();
    // The banner stays if the service is still down; the button comes back either way.
    setTimeout(() => {
      retry.disabled = false;
      retry.textContent = 'Retry';
    }, 1_000);
  });

  api.onOutage((outage: Outage | null) => {
    if (outage) {
      message.textContent = `${outage.message} ${outage.kind === 'database' ? 'The server is up and will reconnect when the database is back.' : 'Check your connection or whether the server is running.'} What you see stays usable.`;
      container.dataset.kind = outage.kind;
      container.hidden = false;
      wasDown = true;
    } else {
      container.hidden = true;
      if (wasDown) explorer.notice('The connection is back.');
      wasDown = false;
    }
  });
}
