/**
 * Sign-in and sign-out (server/auth's HTTP routes). The session lives in an HttpOnly cookie the
 * page never sees; the API then knows who asks. JSON bodies: a cross-site form cannot send them.
 */

export class SignInError extends Error {}

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
}

async function messageOf(response: Response, fallback: string): Promise<string> {
  try {
    const body = (await response.json()) as { message?: string; error?: string; errors?: { message: string }[] };
    return body.errors?.[0]?.message ?? body.message ?? body.error ?? fallback;
  } catch {
    return fallback;
  }
}

export async function signIn(email: string, password: string): Promise<void> {
  const response = await post('/auth/sign-in', { email, password });
  if (response.ok) return;
  if (response.status === 429) throw new SignInError(await messageOf(response, 'Too many attempts: wait a minute, then try again.'));
  if (response.status === 401) throw new SignInError(await messageOf(response, 'That email and password do not match an account.'));
  throw new SignInError(await messageOf(response, `Signing in failed (HTTP ${response.status}); try again.`));
}

export async function signOut(): Promise<void> {
  const response = await post('/auth/sign-out', {});
  if (!response.ok) throw new Error(await messageOf(response, `Signing out failed (HTTP ${response.status}).`));
}

export interface SignInMethods {
  password: boolean;
  /** Set when the server signs people in through their organisation's OpenID provider. */
  identityProvider: { startPath: string } | null;
}

/** Which ways of signing in the server offers (GET /auth/methods); none known when it cannot say. */
export async function signInMethods(): Promise<SignInMethods> {
  try {
    const response = await fetch('/auth/methods', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (response.ok) return (await response.json()) as SignInMethods;
  } catch {
    // Falls through: offer the password form alone.
  }
  return { password: true, identityProvider: null };
}
