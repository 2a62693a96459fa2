#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx briefing` works right after
// `npm install` with no build step in between.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
