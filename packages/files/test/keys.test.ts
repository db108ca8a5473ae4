// inherit-fd and external key syntax.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FilesError, keyOfLink, normalizeKey, parseExternalKey, parseInheritFd } from '../src';

const badKey = (...parts: string[]) => (e: unknown): boolean => {
  assert.ok(e instanceof FilesError && e.code === 'BAD_KEY', String(e));
  for (const p of parts) assert.ok(e.message.includes(p), `message lacks ${JSON.stringify(p)}: ${e.message}`);
  return true;
};

test('parseInheritFd: fd[N]:KEY with pipe, socket, path (with or without slash) and fd[M] keys', () => {
  assert.deepEqual(parseInheritFd('fd[3]:pipe:[823441]'), { fd: 3, key: 'pipe:[823441]', arg: 'fd[3]:pipe:[823441]' });
  assert.deepEqual(parseInheritFd('fd[0]:socket:[12]'), { fd: 0, key: 'socket:[12]', arg: 'fd[0]:socket:[12]' });
  assert.equal(parseInheritFd('fd[1]:tmp/old').key, '/tmp/old');
  assert.equal(parseInheritFd('fd[1]:/tmp/old').key, '/tmp/old');
  assert.equal(parseInheritFd('fd[1]:/tmp//a/./b/').key, '/tmp/a/b');
  assert.equal(parseInheritFd('fd[7]:fd[4]').key, 'fd[4]');
  assert.equal(parseInheritFd('fd[7]:/path/with:colon').key, '/path/with:colon');
  assert.equal(parseInheritFd('fd[2]:anon_inode:[eventfd]').key, 'anon_inode:[eventfd]');
});

test('parseInheritFd: malformed input says what is wrong and shows the right form', () => {
  assert.throws(() => parseInheritFd(''), badKey('expected fd[N]:KEY'));
  assert.throws(() => parseInheritFd('fd3:pipe:[1]'), badKey('fd[3]:pipe:[1]'));
  assert.throws(() => parseInheritFd('pipe:[1]'), badKey('dump-side form'));
  assert.throws(() => parseInheritFd('fd[x]:pipe:[1]'), badKey('"x" is not an integer'));
  assert.throws(() => parseInheritFd('fd[-1]:pipe:[1]'), badKey('"-1" is not an integer'));
  assert.throws(() => parseInheritFd('fd[3'), badKey('missing "]"'));
  assert.throws(() => parseInheritFd('fd[3]'), badKey('missing ":KEY"'));
  assert.throws(() => parseInheritFd('fd[3]pipe:[1]'), badKey('missing ":KEY"'));
  assert.throws(() => parseInheritFd('fd[3]:'), badKey('is empty'));
  assert.throws(() => parseInheritFd('fd[3]:pipe:123'), badKey('pipe:[INODE]'));
  assert.throws(() => parseInheritFd('fd[3]:pipe:[12a]'), badKey('pipe:[INODE]'));
  assert.throws(() => parseInheritFd('fd[3]:socket:[1'), badKey('socket:[INODE]'));
  assert.throws(() => parseInheritFd('fd[3]:fd[x]'), badKey('fd[M]'));
  assert.throws(() => parseInheritFd('fd[99999999999]:pipe:[1]'), badKey('not an integer between 0 and'));
  assert.throws(() => parseInheritFd('debug[3]:hello'), badKey('not supported'));
});

test('parseExternalKey: bare keys; the restore form is refused with the key to pass instead', () => {
  assert.equal(parseExternalKey('pipe:[42]'), 'pipe:[42]');
  assert.equal(parseExternalKey('var/log/x'), '/var/log/x');
  assert.equal(parseExternalKey('fd[2]'), 'fd[2]');
  assert.throws(() => parseExternalKey('fd[3]:pipe:[42]'), badKey('restore-side form', 'pass only the KEY: pipe:[42]'));
  assert.throws(() => parseExternalKey(''), badKey('empty'));
});

test('keys of /proc links', () => {
  assert.equal(keyOfLink('pipe:[5]'), 'pipe:[5]');
  assert.equal(keyOfLink('/tmp/x (deleted)'), '/tmp/x');
  assert.equal(keyOfLink('/'), '/');
  assert.equal(normalizeKey('socket:[007]'), 'socket:[7]');
});

test("terminal keys: CRIU's tty[RDEV:DEV] in hex, normalized to lower case without leading zeros", () => {
  assert.equal(normalizeKey('tty[8801:1A]'), 'tty[8801:1a]');
  assert.equal(normalizeKey('tty[08801:001a]'), 'tty[8801:1a]');
  assert.equal(parseInheritFd('fd[0]:tty[8801:1a]').key, 'tty[8801:1a]');
  assert.equal(parseExternalKey('tty[500:6]'), 'tty[500:6]');
  assert.throws(() => normalizeKey('tty[8801]'), badKey('tty[RDEV:DEV]', 'hex'));
  assert.throws(() => parseInheritFd('fd[0]:tty[88:zz]'), badKey('tty[RDEV:DEV]'));
});
