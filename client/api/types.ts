/**
 * Response types of the API as the typed client infers them from the server's routes (`AppType`): one source
 * for every shape the client reads, never restated by hand. Only the 200 answers; errors are ApiError.
 */
import type { InferResponseType } from 'hono/client';
import type { api } from './client.ts';

/** GET /api/parcels/:id — the parcel in full (attributes, platform, projects, events, idle clock). */
export type ParcelDetail = InferResponseType<(typeof api.parcels)[':id']['$get'], 200>;
/** GET /api/platforms/:id — one platform with its parcel and project tallies. */
export type PlatformDetail = InferResponseType<(typeof api.platforms)[':id']['$get'], 200>;
/** GET /api/search — parcel, project and enterprise hits. */
export type SearchAnswer = InferResponseType<typeof api.search.$get, 200>;
/** GET /api/dashboard — targets, platform standing, charts, 三旧 trackers, idle totals. */
export type DashboardAnswer = InferResponseType<typeof api.dashboard.$get, 200>;
/** GET /api/idle-land — the idle-land watch list. */
export type IdleLandAnswer = InferResponseType<(typeof api)['idle-land']['$get'], 200>;
/** GET /api/land-balance — supply, demand and shortfall. */
export type LandBalanceAnswer = InferResponseType<(typeof api)['land-balance']['$get'], 200>;
/** GET /api/land-balance/matches — the pipeline with assignments and reasons. */
export type LandBalanceMatches = InferResponseType<(typeof api)['land-balance']['matches']['$get'], 200>;
