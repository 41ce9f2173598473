/** One attribute-table row as the API sends it (typed from the server's AppType, not re-declared). */
import type { InferResponseType } from 'hono/client';
import type { api } from '../../api/client.ts';

type TableResponse = InferResponseType<(typeof api)['parcel-table']['$get'], 200>;
/** A row of GET /api/parcel-table. */
export type TableRow = TableResponse['rows'][number];
