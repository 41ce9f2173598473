import { useEffect, useState } from 'react';

/** `value`, updated only after it has stayed unchanged for `ms` milliseconds (typing → one request). */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}
