import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneBackups, scheduledBackupName } from '../../../../server/ops/backup.ts';

const dir = mkdtempSync(join(tmpdir(), 'zk-prune-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scheduled backup names and retention', () => {
  it('names a backup by its UTC time, sortable as text', () => {
    expect(scheduledBackupName(new Date('2018-03-09T08:05:03.456Z'))).toBe(
      'zhongkai-20180309T080503Z.sqlite',
    );
  });

  it('keeps the newest BACKUP_KEEP scheduled backups and never touches other files', () => {
    const names = [
      'zhongkai-20180101T000000Z.sqlite',
      'zhongkai-20180102T000000Z.sqlite',
      'zhongkai-20180103T000000Z.sqlite',
    ];
    for (const n of [...names, 'zhongkai-manual.sqlite', 'notes.txt']) writeFileSync(join(dir, n), 'x');
    expect(pruneBackups(dir, 2)).toEqual(['zhongkai-20180101T000000Z.sqlite']);
    expect(readdirSync(dir).sort()).toEqual(
      ['notes.txt', names[1], names[2], 'zhongkai-manual.sqlite'].sort(),
    );
  });
});
