// Servers of other runtimes through the `amber` command, dumped and restored twice with a
// client outside the tree holding one connection (--tcp-established): a Node.js HTTP
// server (libuv: epoll, eventfd, threads) and a Python asyncio server (its self-pipe is a
// unix socketpair). Each needs a plugin of another package (eventfd, unix sockets): while
// that plugin is not registered, the test checks the dump refuses clearly instead, and the
// server runs on.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setChildSubreaper, waitForAsync } from '@amber/sys';
import { defaultRegistry } from '@amber/engine';
import { killTree } from '@amber/testkit';
import { cli } from './support/round-trip';
import { Conn, dropLocks, keepAliveGet, portFrom, python3, startServer } from './support/servers';

before(() => setChildSubreaper(true));

const EVENTFD = 6;
const UNIXSK = 5;

const NODE_SERVER = `
const http = require('http');
let n = 0;
const server = http.createServer((req, res) => {
  const body = 'answer ' + (++n) + ' to ' + req.url + ' on ' + req.socket.remotePort + '\\n';
  res.writeHead(200, { 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 3600 * 1000;
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
`;

const ASYNCIO_SERVER = `
import asyncio
async def handle(reader, writer):
    n = 0
    while True:
        line = await reader.readline()
        if not line:
            break
        n += 1
        writer.write(b'%d %s' % (n, line.upper()))
        await writer.drain()
    writer.close()
async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    print('port', server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()
asyncio.run(main())
`;

interface Case {
  name: string;
  start(out: string): number;
  /** One exchange on the held connection; returns the answer. */
  exchange(conn: Conn, i: number): Promise<string>;
  expected(i: number, clientPort: number): string;
  needs: number;
  needsWhat: string;
}

const cases: Case[] = [
  {
    name: 'a Node.js HTTP server',
    start: (out) => startServer(process.execPath, ['-e', NODE_SERVER], out),
    exchange: (conn, i) => keepAliveGet(conn, `/r${i}`),
    expected: (i, clientPort) => `answer ${i} to /r${i} on ${clientPort}\n`,
    needs: EVENTFD,
    needsWhat: 'eventfd',
  },
  {
    name: 'a Python asyncio server',
    start: (out) => startServer(python3(), ['-u', '-c', ASYNCIO_SERVER], out),
    exchange: async (conn, i) => {
      conn.write(`line${i}\n`);
      return conn.take((t) => t.endsWith('\n'), `the answer to line ${i}`);
    },
    expected: (i) => `${i} LINE${i}\n`,
    needs: UNIXSK,
    needsWhat: 'socket',
  },
];

for (const c of cases) {
  test(`${c.name}: a keep-alive client outside the tree keeps its connection across two dumps and restores`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-runtime-'));
    const out = path.join(dir, 'out');
    const pid = c.start(out);
    let conn: Conn | undefined;
    try {
      const port = await portFrom(out, /port (\d+)/);
      conn = await Conn.open(port);
      const clientPort = conn.socket.localPort!;
      let i = 1;
      assert.equal(await c.exchange(conn, i), c.expected(i, clientPort));
      if (!defaultRegistry().forType(c.needs)) {
        // Not on this branch yet: the dump must refuse, clearly, and leave the server serving.
        const d = cli('dump', '-t', String(pid), '-D', path.join(dir, 'img'), '--tcp-established');
        assert.notEqual(d.code, 0);
        assert.match(d.stderr, new RegExp(`pid ${pid} fd \\d+ \\([^)]*${c.needsWhat}`));
        i++;
        assert.equal(await c.exchange(conn, i), c.expected(i, clientPort), 'the server serves on after the refused dump');
        return;
      }
      for (let round = 1; round <= 2; round++) {
        const img = path.join(dir, `img${round}`);
        const d = cli('dump', '-t', String(pid), '-D', img, '--tcp-established');
        assert.equal(d.code, 0, d.stderr);
        await waitForAsync(pid);
        const r = cli('restore', '-D', img, '-d', '--tcp-established');
        assert.equal(r.code, 0, r.stderr);
        for (let k = 0; k < 2; k++) {
          i++;
          assert.equal(await c.exchange(conn, i), c.expected(i, clientPort), `round ${round}, request ${i}`);
        }
      }
    } finally {
      conn?.close();
      await killTree(pid);
      dropLocks(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
