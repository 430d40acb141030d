import { useId, useState } from 'react';
import { deleteBackup, listBackups, type Backup } from '../../stores/reading-list-storage';

/** How much of a backup is shown; the stored copy itself is never cut. */
const SHOWN_CHARS = 20_000;

/**
 * Damaged lists are never thrown away: their raw text is kept aside and shown here, so it can
 * be copied (and the slugs in it starred again) before the user chooses to delete it.
 */
export function BackupPanel() {
  const [backups, setBackups] = useState<Backup[]>(listBackups);
  if (backups.length === 0) return null;
  return (
    <details className="rl-backups">
      <summary>
        {backups.length === 1
          ? 'A copy of an unreadable earlier list is'
          : `${backups.length} copies of unreadable earlier lists are`}{' '}
        kept in this browser
      </summary>
      {backups.map((b) => (
        <BackupItem
          key={b.key}
          backup={b}
          onDelete={() => {
            deleteBackup(b.key);
            setBackups(listBackups());
          }}
        />
      ))}
    </details>
  );
}

function BackupItem({ backup, onDelete }: { backup: Backup; onDelete: () => void }) {
  const id = useId();
  const cut = backup.raw.length > SHOWN_CHARS;
  return (
    <div className="rl-backup">
      <label htmlFor={id}>
        Stored under <code>{backup.key}</code>
        {cut &&
          ` (first ${SHOWN_CHARS.toLocaleString('en')} of ${backup.raw.length.toLocaleString('en')} characters)`}
      </label>
      <textarea
        id={id}
        readOnly
        rows={4}
        value={cut ? backup.raw.slice(0, SHOWN_CHARS) : backup.raw}
      />
      <button type="button" className="button button--small" onClick={onDelete}>
        Delete this copy
      </button>
    </div>
  );
}
