import type { KeyboardEvent } from 'react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../domain/format.ts';
import { usePlatforms, useProjects, useSearch } from '../../api/hooks.ts';
import { openPlatform, openProject, selectParcel } from '../details/navigate.ts';
import { useLang } from '../language/use-lang.ts';
import { focusDetailsHeading } from './focus-details.ts';
import { SearchResults } from './SearchResults.tsx';
import { flatItems, type SearchGroup, type SearchItem, searchGroups } from './search-results.ts';
import { useDebounced } from './use-debounced.ts';

/**
 * The grouped results for `q` (platform names and industry labels in the UI language; either language matches).
 * The project list (for industry terms; 0.36 MB at the sample) is asked once the user has typed something
 * (`typed`), not at start-up, where it competed with the map's first tiles.
 */
function useSearchGroups(q: string, typed: boolean) {
  const lang = useLang();
  const search = useSearch(q);
  const projects = useProjects(undefined, { enabled: typed || q !== '' });
  const platforms = usePlatforms();
  const groups = useMemo((): SearchGroup[] => {
    if (!search.data || q === '') return [];
    const names = new Map((platforms.data ?? []).map((p) => [p.id, lang === 'en' ? p.nameEn : p.nameZh]));
    return searchGroups(search.data, q, {
      projects: projects.data ?? [],
      platforms: platforms.data ?? [],
      platformName: (id) => names.get(id) ?? id,
      industryLabels: (i) => [labelOf('industry', i, 'zh-CN'), labelOf('industry', i, 'en')],
      industryLabel: (i) => labelOf('industry', i, lang),
    });
  }, [search.data, q, projects.data, platforms.data, lang]);
  return { groups, search, pending: search.isPending || projects.isPending };
}

/** Opens what a result points at (a parcel is framed on the map) and moves focus to the opened view's heading. */
function go(item: SearchItem | undefined): boolean {
  const target = item?.target;
  if (!target) return false;
  if (target.kind === 'parcel') selectParcel(target.id, true);
  else if (target.kind === 'project') openProject(target.id);
  else openPlatform(target.id);
  focusDetailsHeading(target);
  return true;
}

/** One box for parcel codes, projects, enterprises, platforms and industry terms; ↑/↓ to move, Enter to go. */
export function SearchBox() {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), 150);
  const { groups, search, pending } = useSearchGroups(q, text.trim() !== '');
  const items = flatItems(groups);
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
  const showList = open && q !== '' && !pending;
  return (
    <search className="search" data-testid="search">
      <input
        type="search"
        className="search-input"
        id="search-input"
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
          groups={groups}
          active={active}
          onActive={setActive}
          onChoose={choose}
          empty={search.isError ? t('app.error', { message: search.error.message }) : t('search.noResults')}
        />
      ) : null}
    </search>
  );
}
