import type { KeyboardEvent } from 'react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatforms, useProjects, useSearch } from '../../api/hooks.ts';
import { openPlatform, selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import type { SearchItem } from './search-results.ts';
import { searchItems } from './search-results.ts';
import { useDebounced } from './use-debounced.ts';

/** The search results for `q` as list items (projects with their parcels, platform names in the UI language). */
function useSearchItems(q: string) {
  const lang = useLang();
  const search = useSearch(q);
  const projects = useProjects();
  const platforms = usePlatforms();
  const items = useMemo(() => {
    if (!search.data || q === '') return [];
    const parcelIds = new Map((projects.data ?? []).map((p) => [p.id, p.parcelIds]));
    const names = new Map((platforms.data ?? []).map((p) => [p.id, lang === 'en' ? p.nameEn : p.nameZh]));
    return searchItems(search.data, {
      parcelIdsOf: (id) => parcelIds.get(id) ?? [],
      platformName: (id) => names.get(id) ?? id,
    });
  }, [search.data, q, projects.data, platforms.data, lang]);
  return { items, search };
}

/** Opens what a result points at: a parcel (framed) or a platform. */
function go(item: SearchItem | undefined): boolean {
  if (!item?.target) return false;
  if (item.target.kind === 'parcel') selectParcel(item.target.id, true);
  else openPlatform(item.target.id);
  return true;
}

/** One box for parcel codes, enterprises and project names (Chinese substring); ↑/↓ to move, Enter to go. */
export function SearchBox() {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), 150);
  const { items, search } = useSearchItems(q);
  const choose = (item: SearchItem | undefined) => {
    if (go(item)) setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, items.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === 'Escape') {
      // Escape here closes the list only, not the details panel.
      e.stopPropagation();
      setOpen(false);
    }
  };
  const showList = open && q !== '' && !search.isPending;
  return (
    <div className="search" data-testid="search">
      <input
        type="search"
        className="search-input"
        data-testid="search-input"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && items[active] ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList ? (
        <SearchResults
          listId={listId}
          items={items}
          active={active}
          onActive={setActive}
          onChoose={choose}
          empty={search.isError ? t('app.error', { message: search.error.message }) : t('search.noResults')}
        />
      ) : null}
    </div>
  );
}

/** The result list (a listbox the input controls); an empty list shows `empty`. */
function SearchResults(p: {
  listId: string;
  items: SearchItem[];
  active: number;
  onActive: (i: number) => void;
  onChoose: (item: SearchItem) => void;
  empty: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="search-results" id={p.listId} role="listbox" data-testid="search-results">
      {p.items.length === 0 ? (
        <div className="muted" data-testid="search-empty">
          {p.empty}
        </div>
      ) : (
        p.items.map((item, i) => (
          <div
            key={item.key}
            tabIndex={-1}
            id={`${p.listId}-${i}`}
            role="option"
            aria-selected={i === p.active}
            aria-disabled={!item.target}
            className={i === p.active ? 'active' : undefined}
            data-testid="search-result"
            data-kind={item.kind}
            // mousedown, not click: the input's blur would close the list before the click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              p.onChoose(item);
            }}
            onMouseEnter={() => p.onActive(i)}
          >
            <span className={`kind kind-${item.kind}`}>{t(`search.kind.${item.kind}`)}</span>
            <span className="primary">{item.primary}</span>
            {item.secondary ? <span className="secondary">{item.secondary}</span> : null}
          </div>
        ))
      )}
    </div>
  );
}
