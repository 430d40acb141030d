/** Notices about stored data that had to be reset; shown once by the layout. */
type Listener = () => void;
let notices: string[] = [];
const listeners = new Set<Listener>();

export function reportStorageNotice(message: string): void {
  if (notices.includes(message)) return;
  notices = [...notices, message];
  listeners.forEach((l) => l());
}
export function dismissStorageNotices(): void {
  notices = [];
  listeners.forEach((l) => l());
}
export function subscribeStorageNotices(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
export function getStorageNotices(): string[] {
  return notices;
}
