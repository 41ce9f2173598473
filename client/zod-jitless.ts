/**
 * zod reaches the client through domain modules (e.g. the state-change limits in domain/land-transition.ts).
 * When a zod object schema is built, zod probes whether it may compile parsers with `new Function`; under the
 * server's Content-Security-Policy (no 'unsafe-eval') that probe is caught by zod but still reported as a CSP
 * violation. `jitless` skips the probe (zod then parses without generated code). Imported first by main.tsx,
 * before any schema is built.
 */
import { config } from 'zod';

config({ jitless: true });
