import { h } from '../dom/element.js';
import type { Explorer } from '../explorer/explorer.js';

/**
 * The Share button copies the view's link. Where the browser refuses the clipboard (no
 * permission, an insecure origin), the link is shown in a field, already selected, so that
 * Ctrl+C copies it: a link only printed in the status line would be gone in eight seconds.
 */
export function mountShare(button: HTMLButtonElement, explorer: Explorer): void {
  const field = h('input', { id: 'share-link', type: 'text', readonly: true, class: 'share-field', 'aria-label': 'Link to this view' });
  const close = h('button', { type: 'button', class: 'share-close' }, 'Done');
  const popover = h(
    'div',
    { class: 'share-popover', role: 'dialog', 'aria-label': 'Share this view', hidden: true },
    h('p', { class: 'share-hint' }, 'Copy this link (Ctrl+C): whoever opens it sees this view.'),
    field,
    close,
  );
  button.insertAdjacentElement('afterend', popover);

  const hide = (returnFocus: boolean) => {
    popover.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  };
  const show = () => {
    field.value = location.href;
    popover.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    field.focus();
    field.select();
  };

  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      hide(false);
      explorer.notice('Link copied: whoever opens it sees this view.');
    } catch {
      show();
      explorer.notice('The browser did not allow copying: the link is selected, press Ctrl+C.');
    }
  });
  close.addEventListener('click', () => hide(true));
  popover.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      hide(true);
    }
  });
  // The link follows the view while it is shown; the address bar is updated after this listener, hence the microtask.
  explorer.onChange(() => {
    queueMicrotask(() => {
      if (!popover.hidden) field.value = location.href;
    });
  });
}
