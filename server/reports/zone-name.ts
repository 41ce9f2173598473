/** The zone's name as reports and downloads carry it (zone settings nameZh / nameEn, read per request). */

/** The app's name for a zone, as workbooks and PDFs give it (creator, author), e.g. `仲恺土地与产业平台地图`. */
export const appNameZh = (zoneNameZh: string): string => `${zoneNameZh}土地与产业平台地图`;

/** The zone's English name as an ASCII file-name word (`Zhongkai` → `zhongkai`); `zone` when nothing is left. */
export function zoneSlug(zoneNameEn: string): string {
  const slug = zoneNameEn
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'zone';
}
