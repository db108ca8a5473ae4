// A real database: a process holds an SQLite write transaction (BEGIN IMMEDIATE, not
// committed) across two dumps and restores through the amber command; a second
// connection (the sqlite3 CLI, a separate process) is refused (SQLITE_BUSY, "database is
// locked") before and after each restore, and gets in, seeing the row, once it commits.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setChildSubreaper } from '@amber/sys';
import { run } from '@amber/testkit';
import { dumpRestoreCheck } from './support/round-trip';

before(() => setChildSubreaper(true));

test('an SQLite write transaction keeps other writers out across two dumps and restores', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-sqlite-'));
  const db = path.join(dir, 'db.sqlite');
  const refused = () => {
    const r = run('sqlite3', [db, 'INSERT INTO t VALUES(1)']);
    assert.notEqual(r.code, 0, 'a second writer got in while the transaction was open');
    assert.match(r.stderr, /database is locked/);
  };
  try {
    const out = await dumpRestoreCheck('sqlitelock', { rounds: 2, args: [db], beforeDump: refused, afterRestore: refused });
    assert.match(out, /PASS/);
    // Committed at SIGTERM: the second connection gets in and sees the row.
    const w = run('sqlite3', [db, 'INSERT INTO t VALUES(1); SELECT group_concat(v) FROM t;']);
    assert.equal(w.code, 0, w.stderr);
    assert.equal(w.stdout.trim(), '42,1');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
