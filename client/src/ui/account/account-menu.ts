import { hasRole, type Account } from '../../core/workspace/account.js';
import { h, replaceChildren } from '../dom/element.js';
import type { Session } from './session.js';

export interface AccountActions {
  signIn(): void;
  openInvestigations(): void;
  notice(message: string): void;
  /** Further entries for some roles (the review queue, the users page), added by their modules. */
  extraItems?: (account: Account) => HTMLElement[];
}

/**
 * The top bar's account corner: "Sign in" for a visitor; for a signed-in user a menu with their
 * name and role, their investigations, what their role offers, and sign-out.
 */
export function mountAccountMenu(container: HTMLElement, session: Session, actions: AccountActions): void {
  const render = (account: Account | null) => {
    if (!account) {
      replaceChildren(container, h('button', { id: 'sign-in-open', type: 'button', 'aria-haspopup': 'dialog', onclick: () => actions.signIn() }, 'Sign in'));
      return;
    }
    const menu = h(
      'details',
      { id: 'account-menu', class: 'menu account-menu' },
      h('summary', { title: `Signed in as ${account.name} (${account.role})` }, h('span', { class: 'account-name' }, account.name), h('span', { class: 'role-badge' }, account.role)),
      h(
        'div',
        { class: 'menu-items menu-items-right' },
        h('button', { type: 'button', 'data-account': 'investigations', onclick: () => actions.openInvestigations() }, 'Investigations…'),
        ...(actions.extraItems?.(account) ?? []),
        h('button', {
          type: 'button',
          'data-account': 'sign-out',
          onclick: async () => {
            try {
              await session.signOut();
              actions.notice('Signed out.');
            } catch (error) {
              actions.notice((error as Error).message);
            }
          },
        }, 'Sign out'),
      ),
    );
    // Every item opens a dialog or acts at once: the menu closes behind it, whoever added the item.
    menu.querySelector('.menu-items')!.addEventListener('click', (event) => {
      if ((event.target as Element).closest('button')) menu.open = false;
    });
    replaceChildren(container, menu);
    if (hasRole(account, 'editor')) container.dataset.role = account.role;
  };
  session.onChange(render);
  render(session.account);
}
