/** The name last used to record a state change, kept in localStorage so a planner types it once per browser. */

const KEY = 'zk.stateChange.who';

/** The remembered name, or '' (also when storage is unavailable, e.g. disabled cookies). */
export function loadWho(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers `who` for the next change; storage errors are ignored (the form still works). */
export function saveWho(who: string): void {
  try {
    window.localStorage.setItem(KEY, who);
  } catch {
    // Private mode or a full quota: nothing to remember, nothing to break.
  }
}
