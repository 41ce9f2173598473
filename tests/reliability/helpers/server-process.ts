/**
 * The real server as a child process (`node --import tsx server/start.ts`, what `npm run dev`'s API and the
 * production entry run), on a free loopback port, so a test can kill -9 it, send it SIGTERM or load it over
 * real TCP. It reads its settings from the environment like a deployment; only loopback addresses are used.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const REAL_GEODATA = resolve(ROOT, 'geodata');
export const MINI_GEODATA = resolve(ROOT, 'tests/fixtures/geodata-mini');

/** A running server process. */
export type ServerProcess = {
  url: string;
  pid: number;
  child: ChildProcess;
  /** JSON log lines seen so far. */
  lines: Record<string, unknown>[];
  /** Standard error so far. */
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name) when the process has ended. */
  exited: Promise<number | string>;
  /** Sends `signal` and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
};

/** Spawns `node --import tsx <entry>` in the repository with exactly `env` (no inherited variables). */
export function spawnNode(entry: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts the server with `env` (DB_PATH required) and resolves once it logs its URL (≤ `timeoutMs`). */
export function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawnNode('server/start.ts', [], {
    PORT: '0',
    HOST: '127.0.0.1',
    GEODATA_DIR: REAL_GEODATA,
    LOG_LEVEL: 'info',
    ...env,
  });
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const exited = new Promise<number | string>((done) => {
    child.once('exit', (code, signal) => done(code ?? signal ?? 'unknown'));
  });
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it started; stderr: ${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (text) => {
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return;
      }
      lines.push(line);
      if (typeof line.url === 'string' && line.pid === child.pid) {
        clearTimeout(timer);
        resolveStart({
          url: line.url,
          pid: child.pid!,
          child,
          lines,
          stderr: () => stderr,
          exited,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    });
  });
}
