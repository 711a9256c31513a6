import { hash, verify, type Algorithm } from '@node-rs/argon2';

// @node-rs/argon2 declares its algorithms as an ambient const enum, which isolated modules cannot read.
const ARGON2ID = 2 as Algorithm.Argon2id;

/**
 * Argon2id with OWASP's first recommended setting (19 MiB of memory, 2 passes, 1 lane): about
 * 20-80 ms per hash on one core of the API's machine (bench/sign-in-latency.ts measures it), which
 * is slow for an attacker holding the hashes and still quick for a person signing in.
 */
export const PASSWORD_HASHING = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
/** Longer passwords are refused rather than hashed: nobody types one, and hashing it is work. */
export const MAX_PASSWORD_LENGTH = 256;

/** The problem with a password a user chose, or null when it will do. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password has at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `A password has at most ${MAX_PASSWORD_LENGTH} characters.`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASHING);
}

// A hash of nothing anybody knows, with the same parameters: an unknown account's sign-in checks
// against it, so that it takes as long as a wrong password for a real one.
let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= hash(crypto.randomUUID(), PASSWORD_HASHING);
  return dummyHash;
}

/**
 * Whether `password` matches `storedHash`. Without a stored hash (an unknown account, or one that
 * signs in through the identity provider only) it still does the work of one check, then answers
 * false: the time taken does not tell whether an account exists.
 */
export async function passwordMatches(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  if (!storedHash) {
    await verify(await dummy(), password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** Hashes the dummy ahead of the first sign-in, so that the first unknown account is not slower. */
export function prepareDummyHash(): Promise<void> {
  return dummy().then(() => undefined);
}
