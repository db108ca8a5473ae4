// Real servers for the socket end-to-end tests: started with exactly fds 0-2 (stdin
// /dev/null, stdout and stderr to a file), so the tree holds only what the server opens.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { native, openFile, spawnAt, O_CREAT, O_RDWR, O_TRUNC, O_WRONLY } from '@amber/sys';
import { until } from '@amber/testkit';

let python: string | undefined;

/** The real python3 executable (not a pyenv shim script). */
export function python3(): string {
  python ??= execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  return python;
}

export function startServer(exe: string, argv: string[], outFile: string, cwd?: string): number {
  const out = openFile(outFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
  const devnull = openFile('/dev/null', O_RDWR);
  const prevCwd = process.cwd();
  try {
    if (cwd) process.chdir(cwd);
    const envp = Object.entries(process.env).map(([k, v]) => `${k}=${v}`);
    return spawnAt({ path: exe, argv: [path.basename(exe), ...argv], envp, fds: [[devnull, 0], [out, 1], [out, 2]] });
  } finally {
    process.chdir(prevCwd);
    native.close(out);
    native.close(devnull);
  }
}

/** Waits for the server's output to match `re` and returns the first group as a number (its port). */
export async function portFrom(outFile: string, re: RegExp): Promise<number> {
  let port = 0;
  await until(() => {
    const m = re.exec(fs.readFileSync(outFile, 'utf8'));
    if (m) port = Number(m[1]);
    return port > 0;
  }, `a port in ${outFile}`, 60000);
  return port;
}

/** One HTTP/1.x exchange on a fresh connection (Connection: close). */
export function httpGet(port: number, urlPath = '/'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1');
    const parts: Buffer[] = [];
    s.on('connect', () => s.write(`GET ${urlPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    s.on('data', (d) => parts.push(d));
    s.on('error', reject);
    s.on('close', () => {
      const text = Buffer.concat(parts).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d+)/.exec(text);
      if (!m) return reject(new Error(`not an HTTP answer: ${JSON.stringify(text.slice(0, 200))}`));
      resolve({ status: Number(m[1]), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
  });
}

/** A client connection whose answers are read as they come; `next(n)` waits for n more bytes. */
export class Conn {
  readonly socket: net.Socket;
  #buf = Buffer.alloc(0);
  #closed = false;
  error: Error | undefined;

  private constructor(socket: net.Socket) {
    this.socket = socket;
    socket.on('data', (d) => (this.#buf = Buffer.concat([this.#buf, d])));
    socket.on('error', (e) => (this.error = e));
    socket.on('close', () => (this.#closed = true));
  }

  static open(port: number): Promise<Conn> {
    return new Promise((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => resolve(new Conn(s)));
      s.once('error', reject);
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  write(text: string): void {
    this.socket.write(text);
  }

  /** Waits until `pred` holds on what has arrived, then takes it all. */
  async take(pred: (text: string) => boolean, what: string): Promise<string> {
    await until(() => {
      if (this.error) throw new Error(`${what}: the connection failed: ${this.error.message}`);
      if (pred(this.#buf.toString('latin1'))) return true;
      if (this.#closed) throw new Error(`${what}: the connection closed; got ${JSON.stringify(this.#buf.toString('latin1'))}`);
      return false;
    }, what, 60000);
    const text = this.#buf.toString('latin1');
    this.#buf = Buffer.alloc(0);
    return text;
  }

  close(): void {
    this.socket.destroy();
  }
}

/**
 * Removes the network locks that dumps under `dir` took and no restore lifted (a failed
 * test): their names are in each image's amber-file-data.img, as text.
 */
export function dropLocks(dir: string): void {
  if (!fs.existsSync(dir)) return;
  const names = new Set<string>();
  for (const img of fs.readdirSync(dir)) {
    const file = path.join(dir, img, 'amber-file-data.img');
    if (fs.existsSync(file)) for (const m of fs.readFileSync(file, 'latin1').matchAll(/amber_lock_[0-9a-f]{12}/g)) names.add(m[0]);
  }
  for (const name of names) {
    try {
      execFileSync('nft', ['delete', 'table', 'inet', name], { stdio: 'ignore' });
    } catch {
      /* lifted by the restore */
    }
  }
}

/** Sends one keep-alive HTTP/1.1 request on `conn` and returns the answer's body. */
export async function keepAliveGet(conn: Conn, urlPath: string): Promise<string> {
  conn.write(`GET ${urlPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
  const text = await conn.take((t) => {
    const head = t.indexOf('\r\n\r\n');
    if (head < 0) return false;
    const len = /content-length: (\d+)/i.exec(t.slice(0, head));
    return len !== null && t.length >= head + 4 + Number(len[1]);
  }, `the answer to ${urlPath}`);
  assert.match(text, /^HTTP\/1\.1 200/);
  assert.doesNotMatch(text, /connection: close/i, 'the server keeps the connection');
  return text.slice(text.indexOf('\r\n\r\n') + 4);
}
