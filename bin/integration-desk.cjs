#!/usr/bin/env node
// Runs the TypeScript CLI straight from the source tree, so `npx integration-desk` works right
// after `npm install` in a fresh clone, with no build step.
const { register } = require('tsx/cjs/api');
register();
require('../src/main/cli/main.ts');
