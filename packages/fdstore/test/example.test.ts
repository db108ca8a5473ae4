// The embedder example: a service keeps its listening socket across a re-exec of itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { spawn } from 'node:child_process';

const example = path.resolve(__dirname, '..', '..', 'examples', 'keep-listener.js');

function ask(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('utf8');
    c.on('connect', () => c.write(`${line}\n`));
    c.on('data', (d: string) => (got += d));
    c.on('end', () => resolve(got.trim()));
    c.on('error', reject);
  });
}

function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

test('examples/keep-listener.js: generation 2 answers on the same port, connections made during the handover included', async () => {
  const gen1 = spawn(process.execPath, [example], { stdio: ['ignore', 'pipe', 'inherit'] });
  const events: Array<Record<string, unknown>> = [];
  let buffered = '';
  const waiters: Array<() => void> = [];
  gen1.stdout!.setEncoding('utf8');
  gen1.stdout!.on('data', (d: string) => {
    buffered += d;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      events.push(JSON.parse(buffered.slice(0, nl)) as Record<string, unknown>);
      buffered = buffered.slice(nl + 1);
      waiters.splice(0).forEach((w) => w());
    }
  });
  const next = async (pred: (e: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> => {
    for (;;) {
      const e = events.find(pred);
      if (e) return e;
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  const gen1Exit = new Promise<number | null>((r) => gen1.on('exit', (code) => r(code)));
  let gen2Pid = 0;
  try {
    const first = await next((e) => e.event === 'listening' && e.generation === 1);
    const port = first.port as number;
    assert.equal(await ask(port, 'hello'), `gen=1 pid=${gen1.pid}`);

    const reply = await ask(port, 'upgrade');
    const m = /^upgrading: generation 2 is pid (\d+)$/.exec(reply);
    assert.ok(m, reply);
    gen2Pid = Number(m[1]);
    // Right away, before generation 2 may even be up: the connection waits in the
    // backlog of the socket the store kept listening, and generation 2 answers it.
    const during = ask(port, 'hello');
    assert.equal(await gen1Exit, 0, 'generation 1 exited');
    assert.equal(await during, `gen=2 pid=${gen2Pid}`);

    const second = await next((e) => e.event === 'listening' && e.generation === 2);
    assert.equal(second.port, port);
    assert.equal(second.pid, gen2Pid);
    assert.equal(await ask(port, 'hello'), `gen=2 pid=${gen2Pid}`);
    assert.equal(await ask(port, 'quit'), 'bye');
    for (let i = 0; i < 200 && alive(gen2Pid); i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(alive(gen2Pid), false);
    // With both generations gone, the last reference went with the store: the socket
    // closes (the kernel may finish releasing in-flight files a moment after the exit; a
    // connection caught in between is reset) and the port refuses connections.
    let last = '';
    for (let i = 0; i < 100 && !/ECONNREFUSED/.test(last); i++) {
      last = await ask(port, 'hello').then(
        (r) => `answered ${r}`,
        (e: Error) => e.message,
      );
      if (!/ECONNREFUSED/.test(last)) await new Promise((r) => setTimeout(r, 20));
    }
    assert.match(last, /ECONNREFUSED/);
  } finally {
    gen1.kill('SIGKILL');
    if (gen2Pid && alive(gen2Pid)) process.kill(gen2Pid, 'SIGKILL');
  }
});
