import { SignInError, signInMethods } from '../../api/auth.js';
import { h, replaceChildren } from '../dom/element.js';
import type { Session } from './session.js';

/**
 * The sign-in form, a modal dialog: email and password, the server's answer in words (the same
 * for an unknown email and a wrong password), focus back where it was on close.
 * `open()` settles true once signed in, false when the reader closed it.
 */
export function createSignInDialog(dialog: HTMLDialogElement, session: Session): { open(reason?: string): Promise<boolean> } {
  let settle: ((signedIn: boolean) => void) | null = null;
  const email = h('input', { id: 'sign-in-email', type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = h('input', { id: 'sign-in-password', type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const reasonLine = h('p', { class: 'sign-in-reason' });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const submit = h('button', { type: 'submit' }, 'Sign in');
  // Shown when the server signs people in through their organisation's identity provider (OpenID Connect).
  const organisation = h('p', { class: 'sign-in-organisation', hidden: true });
  void signInMethods().then((methods) => {
    if (!methods.identityProvider) return;
    replaceChildren(organisation, h('a', { href: methods.identityProvider.startPath, class: 'button-link' }, 'Sign in with your organisation'), ' or with your email and password:');
    organisation.hidden = false;
  });
  const form = h(
    'form',
    { class: 'sign-in-form', method: 'dialog' },
    h('header', { class: 'dialog-header' }, h('h2', { id: 'sign-in-title' }, 'Sign in'), h('button', { type: 'button', class: 'close', 'aria-label': 'Close sign-in', onclick: () => dialog.close() }, '×')),
    reasonLine,
    organisation,
    h('label', { for: 'sign-in-email' }, 'Email'),
    email,
    h('label', { for: 'sign-in-password' }, 'Password'),
    password,
    error,
    h('div', { class: 'form-actions' }, submit),
  );
  replaceChildren(dialog, form);
  dialog.setAttribute('aria-labelledby', 'sign-in-title');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    try {
      await session.signIn(email.value, password.value);
      password.value = '';
      settle?.(true);
      settle = null;
      dialog.close();
    } catch (failure) {
      error.textContent = failure instanceof SignInError ? failure.message : 'Signing in failed; try again.';
      password.select();
    } finally {
      submit.disabled = false;
    }
  });
  dialog.addEventListener('close', () => {
    password.value = '';
    settle?.(false);
    settle = null;
  });

  return {
    open(reason) {
      reasonLine.textContent = reason ?? 'Sign in to propose changes, review them and save investigations.';
      error.textContent = '';
      if (!dialog.open) dialog.showModal();
      email.focus();
      return new Promise((resolve) => {
        settle = resolve;
      });
    },
  };
}
