/**
 * `npm run user -- <command>`: manages accounts from the command line, against the Neo4j at
 * NEO4J_URI (default bolt://127.0.0.1:$NEO4J_PORT, the local one `npm start` runs). How the first
 * admin comes to be:
 *
 *   npm run user -- add --email ada@example.org --name "Ada Admin" --role admin
 *
 * The password is asked for on a terminal (not echoed), or read from NEXUS_PASSWORD, or from the
 * first line of standard input when it is not a terminal. Other commands:
 *   list                                  every account: email, role, name, whether disabled
 *   set-role --email … --role editor      another role
 *   disable --email …                     no more sign-in; its sessions end
 * Each change is audited with the actor 'cli'.
 */
import { parseArgs } from 'node:util';
import { isRole, ROLES, type Role } from '../../model/access.js';
import { readConfig } from '../config.js';
import { createExecutor } from '../database/driver.js';
import { ApiError } from '../database/errors.js';
import type { Executor } from '../database/executor.js';
import { createLogger } from '../logger.js';
import { changeRole, COMMAND_LINE, createAccount, disableAccount, type WriteTransaction } from './user-admin.js';
import { findUserByLogin, listUsers } from './users.js';
import { readSecret } from './read-secret.js';

const USAGE = `Usage: npm run user -- add --email <email> --name <name> --role <${ROLES.join('|')}>
       npm run user -- list
       npm run user -- set-role --email <email> --role <${ROLES.join('|')}>
       npm run user -- disable --email <email>
The password of 'add' is asked for on a terminal, or taken from NEXUS_PASSWORD or standard input.`;

const ORIGIN = { requestId: `cli-${process.pid}`, address: 'command line' };

class UsageError extends Error {}

function roleArgument(value: string | undefined): Role {
  const role = value?.toLowerCase();
  if (!role || !isRole(role)) throw new UsageError(`--role: one of ${ROLES.join(', ')}.`);
  return role;
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`--${name} is required.`);
  return value;
}

async function userIdOf(executor: Executor, email: string): Promise<string> {
  const user = await findUserByLogin(executor, email);
  if (!user) throw new UsageError(`No account signs in with ${email}.`);
  return user.id;
}

async function run(executor: Executor, write: WriteTransaction, argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
  });
  const [command] = positionals;
  switch (command) {
    case 'add': {
      const email = required(values.email, 'email');
      const name = required(values.name, 'name');
      const role = roleArgument(values.role);
      const password = process.env.NEXUS_PASSWORD ?? (await readSecret(`Password for ${email} (12 characters or more): `));
      const user = await createAccount(write, { email, name, role, password }, COMMAND_LINE, ORIGIN);
      return `Created ${user.email} (${user.role}), id ${user.id}. Sign in on the explorer's sign-in page.`;
    }
    case 'list': {
      const lines: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { users } = await listUsers(executor, 100, after);
        for (const user of users.slice(0, 100)) lines.push(`${user.email}\t${user.role}\t${user.name}${user.disabled ? '\tdisabled' : ''}`);
        if (users.length <= 100) break;
        after = users[99]!.login;
      }
      return lines.length ? lines.join('\n') : 'No accounts yet: npm run user -- add --email … --name … --role admin';
    }
    case 'set-role': {
      const id = await userIdOf(executor, required(values.email, 'email'));
      const user = await changeRole(write, id, roleArgument(values.role), COMMAND_LINE, ORIGIN);
      return `${user.email} is now ${user.role}.`;
    }
    case 'disable': {
      const id = await userIdOf(executor, required(values.email, 'email'));
      const user = await disableAccount(write, id, COMMAND_LINE, ORIGIN);
      return `${user.email} is disabled; its sessions have ended.`;
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : 'Name a command.');
  }
}

const config = readConfig();
const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.localPort}`;
const executor = createExecutor({ ...config.neo4j, uri }, createLogger('warn'));
const write: WriteTransaction = (work) => executor.writeTransaction(work, { timeoutMillis: config.neo4j.editTimeoutMillis });
try {
  console.log(await run(executor, write, process.argv.slice(2)));
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof ApiError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await executor.close();
}
