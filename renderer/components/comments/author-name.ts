import { useCallback, useState } from 'react';

const KEY = 'briefing-composer.author-name';

/** The name set in this browser, or '' (it also names what this person merges and saves). */
export function storedAuthorName(): string {
  return read();
}

function read(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** The name a person comments under: set once, kept in this browser's storage. */
export function useAuthorName(): [string, (name: string) => void] {
  const [name, setName] = useState(read);
  const save = useCallback((next: string) => {
    const clean = next.replace(/\s+/g, ' ').trim().slice(0, 200);
    setName(clean);
    try {
      if (clean) window.localStorage.setItem(KEY, clean);
      else window.localStorage.removeItem(KEY);
    } catch {
      // Storage can be unavailable; the name then lasts for this session.
    }
  }, []);
  return [name, save];
}
