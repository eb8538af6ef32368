process.stderr.write('interview-lint: not built yet\n');
process.exit(2);
