import type { ApiClient } from '../../api/client.js';
import { signIn, signOut } from '../../api/auth.js';
import { ME } from '../../api/workspace-documents.js';
import type { Account } from '../../core/workspace/account.js';

/** Who is signed in, for every part of the explorer that offers more to some roles. */
export class Session {
  private current: Account | null = null;
  private readonly listeners = new Set<(account: Account | null) => void>();

  constructor(private readonly api: ApiClient) {}

  get account(): Account | null {
    return this.current;
  }

  onChange(listener: (account: Account | null) => void): void {
    this.listeners.add(listener);
  }

  /** Asks the API who this browser's session is. */
  async refresh(): Promise<Account | null> {
    this.set(await this.api.request(ME, {}, 'who is signed in'));
    return this.current;
  }

  async signIn(email: string, password: string): Promise<Account | null> {
    await signIn(email, password);
    return this.refresh();
  }

  async signOut(): Promise<void> {
    await signOut();
    this.set(null);
  }

  private set(account: Account | null): void {
    if (account?.id === this.current?.id && account?.role === this.current?.role) return;
    this.current = account;
    for (const listener of this.listeners) listener(account);
  }
}
