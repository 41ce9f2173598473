import type { useParcel } from '../../api/hooks.ts';

/** The parcel detail response (attributes, platform, projects, events, redevelopment, idle clock). */
export type ParcelDetail = NonNullable<ReturnType<typeof useParcel>['data']>;
/** One project of a parcel, with land held and investment intensity. */
export type ParcelProject = ParcelDetail['projects'][number];
