/** Record ids as the URL state carries them. */

/**
 * An id read from a URL (selected parcel, platform, project): 1–80 letters, digits, `_`, `.`, `:` or `-` —
 * every id of the bundled data (`belt-357`, `prj-0053`, `ZK-2017-041`) and nothing that needs escaping.
 */
export const URL_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,80}$/;
