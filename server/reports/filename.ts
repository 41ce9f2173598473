/**
 * Download file names and the Content-Disposition header (RFC 6266 + RFC 8187/5987): the Chinese name in
 * `filename*=UTF-8''…` (percent-encoded) and an ASCII `filename="…"` fallback for old clients.
 */

// Characters Windows, macOS or Linux refuse in file names, plus controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** File name from parts joined with `_`, e.g. `['仲恺地块', '357创新产业带', '2018-03-09'], 'xlsx'`. */
export function fileName(parts: readonly string[], ext: string): string {
  const base = parts
    .map((p) => p.replace(UNSAFE, '-').trim())
    .filter((p) => p.length > 0)
    .join('_');
  return `${base}.${ext}`;
}

// RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** ASCII fallback of a name: non-ASCII runs become `_`; an empty result becomes `download.<ext>`. */
export function asciiFallback(name: string): string {
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot) : '';
  const base = (dot >= 0 ? name.slice(0, dot) : name)
    .replace(/[^\x20-\x7e]+/g, '_')
    .replace(/["\\]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  return `${base.length > 0 ? base : 'download'}${ext}`;
}

/** `attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded>` for a (possibly Chinese) name. */
export function contentDisposition(name: string, fallback = asciiFallback(name)): string {
  return `attachment; filename="${asciiFallback(fallback)}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}
