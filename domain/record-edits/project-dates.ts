/** Key dates of a project none of which is known yet (a new lead). */
import type { ProjectDates } from '../schemas.ts';

/** Every key date null. */
export const NO_DATES: Readonly<ProjectDates> = {
  firstContact: null,
  approved: null,
  signed: null,
  landAcquired: null,
  started: null,
  producing: null,
};
