/** Whether the signed-in account may lock and exclude (an editor of every platform, or an admin). */
import { writeRefusal } from '../../../domain/roles.ts';
import { useMe } from '../../api/auth.ts';

/**
 * True when the planner overrides may be changed: they reshape the zone-wide matching, so an editor limited to
 * some platforms may not (the server refuses the same accounts).
 */
export function useCanOverride(): boolean {
  const me = useMe();
  return writeRefusal(me.data?.user ?? null, null) === null;
}
