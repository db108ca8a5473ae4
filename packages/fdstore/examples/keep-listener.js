#!/usr/bin/env node
// A TCP service that replaces itself with a new copy of itself (an upgrade, a config
// reload) without ever closing its listening socket: clients that connect during the
// handover wait in the socket's backlog and are answered by the new generation.
//
// Generation 1 listens on 127.0.0.1 (an ephemeral port, or PORT) and puts the listening
// socket in an fd store. On "upgrade" it starts generation 2 with the store socket as
// its fd 3 (what a re-exec would keep open), closes its own listening fd and exits.
// Generation 2 attaches to the store, gets the listening socket back and serves on the
// same port. Node 20 has no execve(), so the re-exec is a spawn that inherits the store.
//
// Protocol (one line per connection): "hello" -> "gen=N pid=P", "upgrade", "quit".
// Events are printed on stdout as JSON lines.
'use strict';
const net = require('node:net');
const { spawn } = require('node:child_process');
const { FdStore } = require('@amber/fdstore');

const generation = Number(process.env.GENERATION || 1);

function log(event) {
  process.stdout.write(`${JSON.stringify({ ...event, generation, pid: process.pid })}\n`);
}

let store;
let listenId;
const server = net.createServer((conn) => {
  conn.setEncoding('utf8');
  let line = '';
  conn.on('data', (chunk) => {
    line += chunk;
    if (!line.includes('\n')) return;
    const cmd = line.trim();
    if (cmd === 'hello') {
      conn.end(`gen=${generation} pid=${process.pid}\n`);
    } else if (cmd === 'upgrade') {
      const next = upgrade();
      conn.end(`upgrading: generation ${generation + 1} is pid ${next}\n`);
    } else if (cmd === 'quit') {
      conn.end('bye\n', () => process.exit(0));
    } else {
      conn.end(`unknown command ${JSON.stringify(cmd)}\n`);
    }
  });
});

function upgrade() {
  // The successor finds the store socket at its fd 3 (stdio[3]) and the entry's id in
  // its environment. The store keeps the listening socket alive whatever we do next.
  const child = spawn(process.execPath, [__filename], {
    stdio: ['ignore', 'inherit', 'inherit', store.fd],
    env: { ...process.env, GENERATION: String(generation + 1), AMBER_FDSTORE: store.toEnv(3), LISTEN_ID: String(listenId) },
  });
  child.unref();
  // Stop accepting here (this closes our fd of the listening socket: the socket itself
  // lives on in the store, still bound, still listening), drop our store handle, leave.
  server.close();
  store.close();
  log({ event: 'handed-over', to: child.pid });
  setTimeout(() => process.exit(0), 50);
  return child.pid;
}

if (generation === 1) {
  server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
    store = FdStore.create({ bufferBytes: 1 << 20 });
    // Node keeps the socket's fd on its handle; the store takes its own reference.
    listenId = store.add(server._handle.fd);
    log({ event: 'listening', port: server.address().port, listenId });
  });
} else {
  store = FdStore.fromEnv();
  listenId = Number(process.env.LISTEN_ID);
  const fd = store.get(listenId);
  server.listen({ fd }, () => log({ event: 'listening', port: server.address().port, listenId, storeCount: store.count }));
}
