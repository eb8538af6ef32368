#!/usr/bin/env node
// Runs a Node script (the CLI, or the floor) as this process and, when it exits, writes the
// process's CPU time to file descriptor 3, so the benchmark can time both children alike.
//
//   node bench/child.cjs <script> [args…]   3>cpu.json
'use strict';
const fs = require('fs');
const path = require('path');

const script = path.resolve(process.argv[2]);
process.argv = [process.argv[0], script, ...process.argv.slice(3)];
process.on('exit', () => {
  const usage = process.cpuUsage();
  try {
    fs.writeSync(3, `${JSON.stringify({ cpuMs: (usage.user + usage.system) / 1000, uptimeMs: process.uptime() * 1000 })}\n`);
  } catch {
    // No descriptor 3: run by hand.
  }
});
require(script);
