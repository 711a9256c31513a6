import { ApiError, type ApiClient } from '../../api/client.js';
import { CREATE_USER, DISABLE_USER, SET_USER_ROLE, USERS, type UserRecord } from '../../api/user-documents.js';
import { LatestOnly } from '../../core/requests/latest-only.js';
import { ROLES } from '../../core/workspace/account.js';
import { h, replaceChildren } from '../dom/element.js';
import { refreshPaged } from '../dom/latest-list.js';

/** The admins' users page: who has an account, with which role; add one, change a role, disable one (each audited by the API). */
export class UsersDialog {
  private readonly table = h('tbody');
  private readonly status = h('p', { class: 'form-status', role: 'status' });
  private readonly count = h('p', { class: 'muted', 'aria-live': 'polite' });
  private readonly more = h('button', { type: 'button', hidden: true }, 'More accounts');
  /** The table as last asked for: an older answer arriving late (a slow network) is dropped. */
  private readonly listRequests = new LatestOnly();

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly api: ApiClient,
  ) {
    const email = h('input', { id: 'new-user-email', type: 'email', required: true });
    const name = h('input', { id: 'new-user-name', type: 'text', required: true });
    const role = h('select', { id: 'new-user-role' }, ROLES.map((value) => h('option', { value }, value)));
    const password = h('input', { id: 'new-user-password', type: 'password', autocomplete: 'new-password', required: true, minlength: 12 });
    const form = h(
      'form',
      { class: 'new-user-form' },
      h('h3', {}, 'Add a user'),
      h('label', { for: email.id }, 'Email'), email,
      h('label', { for: name.id }, 'Name'), name,
      h('label', { for: role.id }, 'Role'), role,
      h('label', { for: password.id }, 'First password (they change it later)'), password,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit' }, 'Add user')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      await this.run(() => this.api.request(CREATE_USER, { email: email.value, name: name.value, role: role.value, password: password.value }, 'adding the user'), `Added ${email.value}.`);
      password.value = '';
    });
    replaceChildren(
      dialog,
      h('header', { class: 'dialog-header' }, h('h2', { id: 'users-title' }, 'Users'), h('button', { type: 'button', class: 'close', 'aria-label': 'Close users', onclick: () => dialog.close() }, '×')),
      this.status,
      h('div', { class: 'users-table-wrap' }, h('table', { class: 'users-table' }, h('thead', {}, h('tr', {}, ['Name', 'Email', 'Role', 'Sign-in', 'Status', ''].map((label) => h('th', { scope: 'col' }, label)))), this.table)),
      h('div', { class: 'form-actions' }, this.count, this.more),
      form,
    );
    dialog.setAttribute('aria-labelledby', 'users-title');
    dialog.addEventListener('close', () => this.listRequests.cancel());
  }

  async show(): Promise<void> {
    if (!this.dialog.open) this.dialog.showModal();
    await this.refresh();
  }

  private async run(change: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await change();
      this.status.textContent = done;
      await this.refresh();
    } catch (error) {
      this.status.textContent = error instanceof ApiError ? error.message : 'The change failed; try again.';
    }
  }

  /** The first page of accounts again (after a change); later pages come with "More accounts". */
  private async refresh(): Promise<void> {
    await refreshPaged({
      list: this.table,
      requests: this.listRequests,
      more: this.more,
      load: async (after, signal) => {
        const page = await this.api.request(USERS, { after }, after ? 'more users' : 'the users', { signal });
        return { ...page, items: page.users };
      },
      item: (user) => this.row(user),
      failure: (message) => h('tr', {}, h('td', { colspan: 6, class: 'error' }, `The users could not be loaded: ${message}`)),
      counted: (shown, total) => (this.count.textContent = `${shown} of ${total} account${total === 1 ? '' : 's'}`),
    });
  }

  private row(user: UserRecord) {
    const role = h('select', { 'aria-label': `Role of ${user.name}`, disabled: user.disabled }, ROLES.map((value) => h('option', { value, selected: value === user.role }, value)));
    role.addEventListener('change', () => void this.run(() => this.api.request(SET_USER_ROLE, { id: user.id, role: role.value }, 'changing the role'), `${user.name} is now ${role.value}.`));
    return h(
      'tr',
      { 'data-user': user.id },
      h('td', {}, user.name),
      h('td', {}, user.email),
      h('td', {}, role),
      h('td', {}, user.signInMethod === 'PASSWORD' ? 'password' : 'identity provider'),
      h('td', {}, user.disabled ? 'disabled' : 'active'),
      h('td', {}, user.disabled ? null : h('button', { type: 'button', onclick: () => void this.run(() => this.api.request(DISABLE_USER, { id: user.id, reason: 'disabled by an admin in the explorer' }, 'disabling the user'), `${user.name} is disabled; their sessions ended.`) }, 'Disable')),
    );
  }
}
