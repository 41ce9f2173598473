/**
 * The HTTP server's front door: answers 503 `starting` until the app is ready, counts requests in flight,
 * and on shutdown drains — new requests get 503 `shutting_down` with `Connection: close`, the listener
 * stops accepting, idle keep-alive connections are closed, in-flight requests get up to a time limit to
 * finish, then every remaining connection is cut.
 */
import type { Server } from 'node:http';
import type { ErrorBody } from '../errors.ts';

type Handler = (request: Request, env: unknown) => Response | Promise<Response>;

const unavailable = (code: string, message: string, extra: Record<string, string> = {}) => {
  const body: ErrorBody = { error: { code, message } };
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: { 'Content-Type': 'application/json; charset=UTF-8', 'Retry-After': '1', ...extra },
  });
};

/** See the file comment. `fetch` is what the node server calls. */
export class RequestGate {
  private handler: Handler | null = null;
  private draining = false;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  /** Starts passing requests to `handler`. */
  open(handler: Handler): void {
    this.handler = handler;
  }

  readonly fetch = async (request: Request, env: unknown): Promise<Response> => {
    if (this.draining) {
      return unavailable('shutting_down', 'the server is shutting down', { Connection: 'close' });
    }
    if (!this.handler) return unavailable('starting', 'the server is starting');
    this.inFlight++;
    try {
      return await this.handler(request, env);
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const w of this.idleWaiters.splice(0)) w();
    }
  };

  /** Requests being handled now. */
  get active(): number {
    return this.inFlight;
  }

  /** Drains `server` (see the file comment); resolves when it is closed. */
  async drain(server: Server, timeoutMs: number): Promise<void> {
    this.draining = true;
    const deadline = Date.now() + timeoutMs;
    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeIdleConnections();
    const idle = new Promise<void>((done) => {
      if (this.inFlight === 0) done();
      else this.idleWaiters.push(done);
    });
    await raceTimeout(idle, deadline);
    // Handlers are done; their responses may still be writing. Keep-alive connections that went idle since
    // are closed now, the rest when their response ends — or all of them at the deadline.
    server.closeIdleConnections();
    const poll = setInterval(() => server.closeIdleConnections(), 50);
    await raceTimeout(closed, deadline);
    clearInterval(poll);
    server.closeAllConnections();
    await closed;
  }
}

/** Resolves when `p` does or at `deadline` (epoch ms), whichever comes first. */
async function raceTimeout(p: Promise<void>, deadline: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((done) => {
    timer = setTimeout(done, Math.max(0, deadline - Date.now()));
  });
  await Promise.race([p, limit]);
  clearTimeout(timer);
}
