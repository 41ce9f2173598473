/**
 * `npm run user -- <command>`: account administration from the server's shell, e.g. to create the first
 * administrator (nothing ships with a default password).
 *
 *   add <login> --role viewer|editor|admin [--name <display name>] [--platforms a,b]
 *   list
 *   disable <login> | enable <login>
 *   reset-password <login>
 *   revoke <login>                     (ends every session of the account)
 *
 * Passwords are read from standard input (first line) when it is not a terminal, else prompted twice without
 * echo. Works on DB_PATH (creating and seeding it like `npm start` when missing); every change is audited as
 * made by the command line.
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { ROLES, type Role } from '../../domain/roles.ts';
import {
  type AuditContext,
  checkNewPassword,
  createAccount,
  loginFree,
  loginTakenError,
  resetPassword,
  revokeSessions,
  updateAccount,
} from '../accounts/manage.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { openDatabase } from '../db/open.ts';
import { getUserForSignIn, listUsers, type User } from '../db/queries/users.ts';
import { authSettings, readEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { readPassword } from './read-password.ts';

const USAGE = `usage: npm run user -- <command>
  add <login> --role viewer|editor|admin [--name <display name>] [--platforms a,b]
  list
  disable <login> | enable <login>
  reset-password <login>
  revoke <login>`;

/** A failure the command reports as one line and exit code 1. */
class UsageError extends Error {}

const cliContext = (): AuditContext => ({
  user: { id: null, displayName: `命令行 command line (${userInfo().username})` },
  requestId: null,
  address: 'cli',
});

function account(db: Database, login: string | undefined): User {
  if (!login) throw new UsageError(USAGE);
  const found = getUserForSignIn(db, login);
  if (!found) throw new UsageError(`no account with login name ${login}`);
  return found.user;
}

const describe = (u: User) =>
  [
    u.login.padEnd(16),
    u.role.padEnd(7),
    (u.disabled ? 'disabled' : 'active').padEnd(9),
    u.platforms.length ? `platforms=${u.platforms.join(',')}` : 'all platforms',
    `“${u.displayName}”`,
  ].join(' ');

async function newPassword(login: string, minLength: number): Promise<string> {
  const password = await readPassword(`Password for ${login}: `);
  checkNewPassword(password, login, minLength);
  return password;
}

async function add(db: Database, args: string[], minLength: number): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, platforms: { type: 'string' } },
  });
  const login = positionals[0];
  if (!login || !values.role) throw new UsageError(USAGE);
  if (!(ROLES as readonly string[]).includes(values.role))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  if (!loginFree(db, login)) throw loginTakenError(login);
  const password = await newPassword(login, minLength);
  const user = createAccount(
    db,
    {
      login,
      displayName: values.name?.trim() || login,
      role: values.role as Role,
      platforms: values.platforms
        ? values.platforms
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean)
        : [],
      passwordHash: await hashPassword(password),
    },
    cliContext(),
    new Date(),
  );
  return `created ${describe(user)}`;
}

async function run(db: Database, argv: string[], minLength: number): Promise<string> {
  const [command, ...rest] = argv;
  const now = new Date();
  switch (command) {
    case 'add':
      return add(db, rest, minLength);
    case 'list':
      return listUsers(db).map(describe).join('\n') || '(no accounts)';
    case 'disable':
    case 'enable': {
      const u = account(db, rest[0]);
      return `${command}d ${describe(updateAccount(db, u.id, { disabled: command === 'disable' }, cliContext(), now))}`;
    }
    case 'reset-password': {
      const u = account(db, rest[0]);
      const hash = await hashPassword(await newPassword(u.login, minLength));
      resetPassword(db, u.id, hash, cliContext(), new Date());
      return `password of ${u.login} reset; its sessions have ended`;
    }
    case 'revoke': {
      const u = account(db, rest[0]);
      return `${revokeSessions(db, u.id, cliContext(), now)} session(s) of ${u.login} ended`;
    }
    default:
      throw new UsageError(USAGE);
  }
}

async function main(): Promise<void> {
  const env = readEnv();
  const db = openDatabase(env.DB_PATH);
  try {
    seedDatabase(db, env.GEODATA_DIR, env.SEED);
    console.log(await run(db, process.argv.slice(2), authSettings(env).passwordMinLength));
  } finally {
    db.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof UsageError || e instanceof ApiError ? e.message : e);
  process.exit(1);
});
