/** "Save version" asked for from outside the panel (the File menu): the panel listens and opens its name field. */
type Listener = () => void;
const listeners = new Set<Listener>();

export function requestSaveVersion(): void {
  for (const listener of listeners) listener();
}

export function onSaveVersionRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
