/**
 * A small reader of OGC / ESRI WKT (version 1, and the bracket syntax of WKT2) as found in shapefile `.prj`
 * files: `PROJCS["name",GEOGCS[…],PROJECTION["Gauss_Kruger"],PARAMETER["Central_Meridian",114.0],…]`.
 * It builds a tree of keyword nodes and never throws: malformed or oversized text gives null.
 */

/** A WKT keyword with its arguments: quoted strings, numbers, bare words (e.g. `EAST`) and nested nodes. */
export interface WktNode {
  keyword: string;
  args: (string | number | WktNode)[];
}

/** Longest `.prj` text considered (real ones are < 2 KB); anything longer is not a CRS definition. */
const MAX_WKT_LENGTH = 64 * 1024;
const MAX_DEPTH = 32;

const TOKEN =
  /\s*(?:"((?:[^"]|"")*)"|([A-Za-z_][A-Za-z0-9_]*)|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|([[\](),]))/y;

type Token = { kind: 'str' | 'word' | 'num' | 'punct'; text: string };

function tokenize(text: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) return null;
    if (m[1] !== undefined) out.push({ kind: 'str', text: m[1].replace(/""/g, '"') });
    else if (m[2] !== undefined) out.push({ kind: 'word', text: m[2] });
    else if (m[3] !== undefined) out.push({ kind: 'num', text: m[3] });
    else out.push({ kind: 'punct', text: m[4] ?? '' });
  }
  return out;
}

/** Parses WKT text into its root node; null when it is not well-formed WKT. */
export function parseWkt(text: string): WktNode | null {
  if (text.length > MAX_WKT_LENGTH) return null;
  const tokens = tokenize(text.replace(/^\uFEFF/, ''));
  if (!tokens) return null;
  let i = 0;
  const node = (depth: number): WktNode | null => {
    const word = tokens[i];
    const open = tokens[i + 1];
    if (depth > MAX_DEPTH || word?.kind !== 'word' || (open?.text !== '[' && open?.text !== '(')) return null;
    i += 2;
    const args: WktNode['args'] = [];
    for (;;) {
      const t = tokens[i];
      if (!t) return null;
      if (t.kind === 'str') args.push(t.text);
      else if (t.kind === 'num') args.push(Number(t.text));
      else if (t.kind === 'word') {
        const next = tokens[i + 1]?.text;
        if (next === '[' || next === '(') {
          const child = node(depth + 1);
          if (!child) return null;
          args.push(child);
          i--;
        } else args.push(t.text);
      } else return null;
      i++;
      const sep = tokens[i];
      i++;
      if (sep?.text === ']' || sep?.text === ')') return { keyword: word.text.toUpperCase(), args };
      if (sep?.text !== ',') return null;
    }
  };
  const root = node(0);
  return root && i === tokens.length ? root : null;
}

/** Direct children of `node` with the given keyword (upper case). */
export const childrenOf = (node: WktNode, keyword: string): WktNode[] =>
  node.args.filter((a): a is WktNode => typeof a === 'object' && a.keyword === keyword);

/** First node with the keyword anywhere below `node` (depth-first), or null. */
export function findNode(node: WktNode, keyword: string): WktNode | null {
  for (const a of node.args) {
    if (typeof a !== 'object') continue;
    if (a.keyword === keyword) return a;
    const deeper = findNode(a, keyword);
    if (deeper) return deeper;
  }
  return null;
}

/** The node's name (its first argument when it is a string), or ''. */
export const nameOf = (node: WktNode | null): string =>
  node && typeof node.args[0] === 'string' ? node.args[0] : '';
