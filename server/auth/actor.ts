/**
 * What every audited write records about its request: the signed-in account, the request id and the client's
 * address. Routes spread it into `audit(db, { ...writeContext(c), action, … })`.
 */
import type { Context } from 'hono';
import type { Actor } from '../db/queries/audit.ts';
import { SignInRequiredError } from '../errors.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The client's address (TCP peer, or the trusted proxy's X-Forwarded-For), set first thing. */
    clientAddress: string;
  }
}

/** The account making the request as the audit records it; 401 without a session. */
export function actorOf(c: Context): Actor & { login: string } {
  const user = c.get('user');
  if (!user) throw new SignInRequiredError();
  return { id: user.id, displayName: user.displayName, login: user.login };
}

/** `{ user, requestId, address }` for an audit row of this request. */
export function writeContext(c: Context): { user: Actor; requestId: string | null; address: string | null } {
  const { id, displayName } = actorOf(c);
  return {
    user: { id, displayName },
    requestId: c.get('requestId') ?? null,
    address: c.get('clientAddress') ?? null,
  };
}
