// TCP servers dumped and restored twice through the `amber` command: python3 -m
// http.server, a Python echo server with a client outside the tree holding one connection
// across the dumps (--tcp-established), and the refusals (no flag, a port taken).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setChildSubreaper, waitForAsync } from '@amber/sys';
import { killTree, until } from '@amber/testkit';
import { cli } from './support/round-trip';
import { Conn, dropLocks, httpGet, portFrom, python3, startServer } from './support/servers';

before(() => {
  // Restored trees detach from amber (-d) and are reparented here, so we can reap them.
  setChildSubreaper(true);
});

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'amber-inet-e2e-'));
}

function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** A single-threaded echo server: each line comes back upper-cased with a count. */
const ECHO_SERVER = `
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 0))
s.listen(8)
print('port', s.getsockname()[1], flush=True)
n = 0
while True:
    c, _ = s.accept()
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buf = b''
    while True:
        d = c.recv(4096)
        if not d:
            break
        buf += d
        while b'\\n' in buf:
            line, buf = buf.split(b'\\n', 1)
            n += 1
            c.sendall(b'%d %s\\n' % (n, line.upper()))
    c.close()
`;

test('python3 -m http.server answers before and after two dumps and restores', async () => {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, 'hello.txt'), 'hello from the served directory\n');
  const out = path.join(dir, 'out');
  const pid = startServer(python3(), ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '0'], out, dir);
  try {
    const port = await portFrom(out, /port (\d+)/);
    assert.equal((await httpGet(port, '/hello.txt')).body, 'hello from the served directory\n');
    for (let round = 1; round <= 2; round++) {
      const img = path.join(dir, `img${round}`);
      const d = cli('dump', '-t', String(pid), '-D', img);
      assert.equal(d.code, 0, d.stderr);
      await waitForAsync(pid); // our child, then (restored with -d) reparented to us
      assert.ok(fs.readdirSync(img).includes('files.img'));
      const r = cli('restore', '-D', img, '-d');
      assert.equal(r.code, 0, r.stderr);
      const answer = await httpGet(port, '/hello.txt');
      assert.equal(answer.status, 200);
      assert.equal(answer.body, 'hello from the served directory\n', `round ${round}`);
    }
  } finally {
    await killTree(pid);
    dropLocks(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('--tcp-established: a client outside the tree keeps its connection across two dumps and restores, sending while the server is down', async () => {
  const dir = tmpdir();
  const out = path.join(dir, 'out');
  const pid = startServer(python3(), ['-u', '-c', ECHO_SERVER], out);
  let conn: Conn | undefined;
  try {
    const port = await portFrom(out, /port (\d+)/);
    conn = await Conn.open(port);
    const localPort = conn.socket.localPort;
    conn.write('one\n');
    assert.equal(await conn.take((t) => t.endsWith('\n'), 'the first answer'), '1 ONE\n');

    // Without the flag: refused, naming the connection and the flag; the server runs on.
    const refused = cli('dump', '-t', String(pid), '-D', path.join(dir, 'refused'));
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, new RegExp(`tcp socket of pid ${pid} fd \\d+ \\(127\\.0\\.0\\.1:${port} -> 127\\.0\\.0\\.1:${localPort}`));
    assert.match(refused.stderr, /--tcp-established/);
    conn.write('two\n');
    assert.equal(await conn.take((t) => t.endsWith('\n'), 'an answer after the refused dump'), '2 TWO\n');

    let n = 2;
    for (let round = 1; round <= 2; round++) {
      const img = path.join(dir, `img${round}`);
      const d = cli('dump', '-t', String(pid), '-D', img, '--tcp-established');
      assert.equal(d.code, 0, d.stderr);
      await waitForAsync(pid);
      assert.ok(fs.readdirSync(img).some((f) => /^tcp-stream-[0-9a-f]+\.img$/.test(f)), 'a tcp-stream image');
      // The server is gone: what the client sends now is held by the network lock, not refused.
      conn.write(`down${round}\n`);
      const r = cli('restore', '-D', img, '-d', '--tcp-established');
      assert.equal(r.code, 0, r.stderr);
      n++;
      assert.equal(await conn.take((t) => t.endsWith('\n'), `the answer to what was sent while down (round ${round})`), `${n} DOWN${round}\n`);
      conn.write(`after${round}\n`);
      n++;
      assert.equal(await conn.take((t) => t.endsWith('\n'), `an answer after restore ${round}`), `${n} AFTER${round}\n`);
      assert.equal(conn.socket.localPort, localPort, 'the same connection');
    }
    assert.equal(conn.error, undefined);
  } finally {
    conn?.close();
    await killTree(pid);
    dropLocks(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('restore with the port taken by another process: an error naming the port and the process, no task left; it restores once the port is free', async () => {
  const dir = tmpdir();
  const out = path.join(dir, 'out');
  const pid = startServer(python3(), ['-u', '-c', ECHO_SERVER], out);
  let squatter: number | undefined;
  try {
    const port = await portFrom(out, /port (\d+)/);
    const img = path.join(dir, 'img');
    const d = cli('dump', '-t', String(pid), '-D', img);
    assert.equal(d.code, 0, d.stderr);
    await waitForAsync(pid);
    const sqOut = path.join(dir, 'squatter');
    squatter = startServer(python3(), ['-u', '-c', `import socket, time\ns = socket.socket()\ns.bind(('127.0.0.1', ${port}))\ns.listen()\nprint('up', flush=True)\ntime.sleep(3600)`], sqOut);
    await until(() => fs.readFileSync(sqOut, 'utf8').includes('up'), 'the squatter to listen', 60000);
    const r = cli('restore', '-D', img, '-d');
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, new RegExp(`port ${port} \\(tcp\\) is taken: held by pid ${squatter} \\(python3?[^)]*\\) fd \\d+`));
    assert.ok(!alive(pid), 'no restored task left behind');
    await killTree(squatter);
    squatter = undefined;
    const again = cli('restore', '-D', img, '-d');
    assert.equal(again.code, 0, again.stderr);
    const conn = await Conn.open(port);
    conn.write('hi\n');
    assert.equal(await conn.take((t) => t.endsWith('\n'), 'an answer'), '1 HI\n');
    conn.close();
  } finally {
    if (squatter) await killTree(squatter);
    await killTree(pid);
    dropLocks(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
