#!/usr/bin/env node
// Entry for `npx clausewise`: runs the TypeScript command line through tsx's loader, so the
// command line and the extension share one analysis source with no separate build.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
