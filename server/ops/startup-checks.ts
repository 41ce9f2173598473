/**
 * Checks run before the server creates or opens anything, so a bad setting stops start-up with a message
 * naming the variable and the path instead of a bare "unable to open database file" later, a hang, or a 500
 * at the first write:
 * - DB_PATH must lie on an ordinary file system (not /proc, /sys, cgroup, debugfs …: statfs of the nearest
 *   existing ancestor, which cannot hang), be a regular file when it exists (a FIFO or a device such as
 *   /proc/self/fd/0 would block SQLite's first read), be readable and writable, with its directory (or the
 *   nearest existing ancestor that start-up will create it in) writable, as SQLite creates -wal and -shm
 *   files beside it;
 * - GEODATA_DIR must be a directory when the database still has to be seeded.
 */
import { accessSync, constants, existsSync, statfsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A start-up failure; `variable` names the setting to fix (DB_PATH, PORT, …). */
export class StartupError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'StartupError';
  }
}

/** statfs magic numbers of kernel pseudo file systems (linux/magic.h), where no database belongs. */
const PSEUDO_FS: Record<number, string> = {
  40864: 'proc',
  1650812274: 'sysfs',
  7377: 'devpts',
  2613483: 'cgroup',
  1667723888: 'cgroup2',
  1684170528: 'debugfs',
  1953653091: 'tracefs',
  1935894131: 'securityfs',
  3405662737: 'bpf',
  1634035564: 'pstore',
  1650812272: 'configfs',
  1702057283: 'fusectl',
  4185718668: 'selinuxfs',
  3730735588: 'efivarfs',
  1112100429: 'binfmt_misc',
  427819522: 'mqueue',
};

/** The path itself or its nearest ancestor that exists. */
function nearestExisting(path: string): string {
  let p = path;
  while (!existsSync(p)) {
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  return p;
}

const can = (path: string, mode: number): boolean => {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
};

/** Throws StartupError('DB_PATH') unless the database file can be created or opened for writing at `path`. */
export function checkDatabasePath(path: string): void {
  const fail = (why: string) => {
    throw new StartupError('DB_PATH', `${path}: ${why}`);
  };
  if (path === ':memory:') fail('the server needs a database file (its worker threads open it too)');
  const abs = resolve(path);
  const existing = nearestExisting(abs);
  const fsType = PSEUDO_FS[Number(statfsSync(existing).type)];
  if (fsType) fail(`lies on the kernel's ${fsType} file system; choose a path on a disk`);
  if (existing === abs) {
    const st = statSync(abs);
    if (!st.isFile())
      fail(
        `exists but is not a regular file (${st.isDirectory() ? 'a directory' : 'a device, pipe or socket'})`,
      );
    if (!can(abs, constants.R_OK | constants.W_OK))
      fail('the file is not writable (read-only file or file system)');
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(abs + suffix) && !can(abs + suffix, constants.R_OK | constants.W_OK)) {
        fail(`${abs}${suffix} (SQLite's ${suffix.slice(1).toUpperCase()} file) is not writable`);
      }
    }
  }
  const dir = existing === abs ? dirname(abs) : existing;
  if (!statSync(dir).isDirectory()) fail(`${dir} is not a directory`);
  if (!can(dir, constants.W_OK | constants.X_OK)) {
    fail(
      `the directory ${dir} is not writable (SQLite needs to create ${existing === abs ? '-wal and -shm files' : 'the file'} there)`,
    );
  }
}

/** Throws StartupError('GEODATA_DIR') unless `dir` is a readable directory. */
export function checkGeodataDir(dir: string): void {
  if (!existsSync(dir))
    throw new StartupError('GEODATA_DIR', `${dir}: no such directory (needed to seed a new database)`);
  if (!statSync(dir).isDirectory()) throw new StartupError('GEODATA_DIR', `${dir}: not a directory`);
  if (!can(dir, constants.R_OK | constants.X_OK))
    throw new StartupError('GEODATA_DIR', `${dir}: not readable`);
}

/** The StartupError for a failed listen on `host`:`port` (EADDRINUSE, EACCES, EADDRNOTAVAIL, ENOTFOUND). */
export function listenError(err: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (err.code) {
    case 'EADDRINUSE':
      return new StartupError(
        'PORT',
        `port ${port} on ${host} is already in use; stop the other server or set PORT to a free port`,
      );
    case 'EACCES':
      return new StartupError(
        'PORT',
        `port ${port} on ${host} needs privileges this process lacks; use a port above 1023`,
      );
    case 'EADDRNOTAVAIL':
      return new StartupError('HOST', `${host} is not an address of this machine`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError('HOST', `${host} cannot be resolved to an address`);
    default:
      return new StartupError('PORT', `cannot listen on ${host}:${port}: ${err.message}`);
  }
}
