/**
 * The `who` of a write is the signed-in account, never typed: a request body that still carries `who` is refused
 * (400 naming `who`) rather than silently ignored, so a script that sends one learns it no longer decides the name.
 */
import { z } from 'zod';

/** Schema member for request bodies: `who` must be absent. */
export const SignedInWho = z
  .never({
    error: 'who is recorded from the signed-in account; remove it from the body / 记录人取自登录账号',
  })
  .optional();
