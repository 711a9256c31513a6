/**
 * Polls `check` until it holds and resolves with how long that took; rejects once `timeoutMillis`
 * have passed without it holding (so a test that waits for something that never comes fails).
 */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMillis: number, intervalMillis = 200): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMillis) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, intervalMillis));
  }
  throw new Error(`the condition did not hold within ${timeoutMillis} ms`);
}
