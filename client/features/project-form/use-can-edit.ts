import { writeRefusal } from '../../../domain/roles.ts';
import { useMe } from '../../api/auth.ts';

/** True when the signed-in account may write data of `platformId` (null: of some platform — a new project). */
export function useCanEdit(platformId: string | null): boolean {
  const me = useMe();
  const user = me.data?.user ?? null;
  if (!user) return false;
  if (platformId === null) return writeRefusal(user, user.platforms[0] ?? null) === null;
  return writeRefusal(user, platformId) === null;
}
