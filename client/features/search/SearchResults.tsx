import { useTranslation } from 'react-i18next';
import type { SearchGroup, SearchItem } from './search-results.ts';

/**
 * The result list (a listbox the search input controls), one labelled group per kind; each row says what
 * matched. `active` indexes the rows of all groups in order; an empty list shows `empty`.
 */
export function SearchResults(p: {
  listId: string;
  groups: readonly SearchGroup[];
  active: number;
  onActive: (i: number) => void;
  onChoose: (item: SearchItem) => void;
  empty: string;
}) {
  const { t } = useTranslation();
  let index = 0;
  return (
    <div className="search-results" id={p.listId} role="listbox" data-testid="search-results">
      {p.groups.length === 0 ? (
        <div className="muted" data-testid="search-empty">
          {p.empty}
        </div>
      ) : (
        p.groups.map((g) => (
          // biome-ignore lint/a11y/useSemanticElements: a listbox may own role=group, not a fieldset
          <div
            key={g.kind}
            role="group"
            aria-label={t(`searchHits.group.${g.kind}`)}
            className="search-group"
            data-testid={`search-group-${g.kind}`}
          >
            <div className="search-group-title" aria-hidden="true">
              {t(`searchHits.group.${g.kind}`)}
            </div>
            {g.items.map((item) => {
              const i = index++;
              return (
                <SearchRow
                  key={item.key}
                  id={`${p.listId}-${i}`}
                  item={item}
                  active={i === p.active}
                  onActive={() => p.onActive(i)}
                  onChoose={() => p.onChoose(item)}
                />
              );
            })}
            {g.more > 0 || g.truncated ? (
              <div className="search-more muted small" aria-hidden="true" data-testid="search-more">
                {g.more > 0 ? t('searchHits.more', { count: g.more }) : t('searchHits.truncated')}
              </div>
            ) : null}
          </div>
        ))
      )}
    </div>
  );
}

function SearchRow(p: {
  id: string;
  item: SearchItem;
  active: boolean;
  onActive: () => void;
  onChoose: () => void;
}) {
  const { t } = useTranslation();
  const { item } = p;
  return (
    <div
      tabIndex={-1}
      id={p.id}
      role="option"
      aria-selected={p.active}
      aria-disabled={!item.target}
      className={p.active ? 'search-row active' : 'search-row'}
      data-testid="search-result"
      data-kind={item.kind}
      data-match={item.match.field}
      // mousedown, not click: the input's blur would close the list before the click lands.
      onMouseDown={(e) => {
        e.preventDefault();
        p.onChoose();
      }}
      onMouseEnter={p.onActive}
    >
      <span className="primary">{item.primary}</span>
      {item.secondary ? <span className="secondary">{item.secondary}</span> : null}
      <span className="match" data-testid="search-match">
        {item.match.text === item.primary
          ? t('searchHits.matchedSelf', { label: t(`searchHits.match.${item.match.field}`) })
          : t('searchHits.matched', {
              label: t(`searchHits.match.${item.match.field}`),
              text: item.match.text,
            })}
      </span>
    </div>
  );
}
