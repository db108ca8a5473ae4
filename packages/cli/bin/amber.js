#!/usr/bin/env node
// The amber command. This file is committed (dist/ is built later), so that npm links
// it as a bin at install time, before anything is built.
'use strict';
let cli;
try {
  cli = require('../dist/src/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && /dist[\\/]src[\\/]main\.js/.test(e.message)) {
    process.stderr.write('amber: not built yet: run "npm run build" in the Amber checkout first\n');
    process.exit(1);
  }
  throw e;
}
cli.runAsCommand();
