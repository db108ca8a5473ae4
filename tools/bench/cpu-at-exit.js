// Preloaded by cli.js into each command it times (node -r): appends the process's CPU
// time (user + system, ms, start-up included) to $AMBER_BENCH_CPU_FILE at exit.
'use strict';
const fs = require('node:fs');
process.on('exit', () => {
  const u = process.cpuUsage();
  fs.appendFileSync(process.env.AMBER_BENCH_CPU_FILE, `${(u.user + u.system) / 1000}\n`);
});
