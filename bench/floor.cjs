#!/usr/bin/env node
// The floor the CLI is measured against: find the interview files under a folder, read each one and
// parse it with `yaml.parseDocument`, nothing else. Started as a child process exactly like the CLI.
'use strict';
const fs = require('fs');
const path = require('path');
const { parseDocument } = require('yaml');

const INTERVIEW_FILE = /\.interview\.ya?ml$/i;

function walk(folder, files) {
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, files);
    else if (entry.isFile() && INTERVIEW_FILE.test(entry.name)) files.push(full);
  }
  return files;
}

let errors = 0;
for (const file of walk(path.resolve(process.argv[2] ?? '.'), [])) {
  errors += parseDocument(fs.readFileSync(file, 'utf8')).errors.length;
}
process.stdout.write(`${errors}\n`);
