import { loadDocument } from './cli/load-document';
import { findMainText } from './utils/analysis/main-text';
import { collectBlocks } from './utils/analysis/blocks';
const l = await loadDocument(process.argv[2]);
const root = findMainText(l.document);
console.log(root.tagName, root.className, root.id, (root.textContent||'').length, (l.document.body.textContent||'').length);
const blocks = collectBlocks(root);
console.log(blocks.length, blocks.slice(0, 8).map(b => b.text.slice(0, 80)));
