import { useSyncExternalStore } from 'react';
import {
  dismissStorageNotices,
  getStorageNotices,
  subscribeStorageNotices,
} from '../stores/persisted';

export function StorageNotices() {
  const notices = useSyncExternalStore(subscribeStorageNotices, getStorageNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="alert">
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={dismissStorageNotices}>
        Dismiss
      </button>
    </div>
  );
}
