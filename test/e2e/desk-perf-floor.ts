import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The floor of the desk's cold start (issue 9): what a cold browser costs here, on the same bridge,
 * for a page that does the least the desk must do — load as many script and style bytes as the
 * desk's first screen, ask for the same first queue page, and paint one row of it. Its order is the
 * best the desk could have: a small script sends the request at once, the bulk is preloaded from
 * the page's head and imported while the request flies, and the row is painted when both are in.
 * The bulk is generated (functions never called and string tables, as minified code reads), so it
 * costs downloading and parsing, not the app's own work.
 */

export interface FloorPage {
  /** The page's path on the bridge. */
  path: string;
  remove(): void;
}

export interface FloorBytes {
  script: number;
  style: number;
}

/** Generated code of about `bytes` characters: small functions and string tables, never called. */
function bulkScript(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part =
      i % 3 === 2
        ? `const t${i}={"row.${i}.a":"Pedido ${i} aguardando integração","row.${i}.b":"Order ${i} waiting for its SLA","row.${i}.c":\`Orden ${i}\`};`
        : `function f${i}(e,t){let n=[];for(let r=0;r<e.length;r++){const a=e[r];if(a&&a.id!==t)n.push({id:a.id,v:a.v*${i % 97}+t})}return n.length?n:null}`;
    parts.push(part);
    size += part.length;
  }
  parts.push(`export const loaded=${parts.length};`);
  return parts.join('\n');
}

/** Generated rules of about `bytes` characters. */
function bulkStyle(bytes: number): string {
  const rules: string[] = ['.floor-row{font:13px/1.45 system-ui,sans-serif;padding:4px 8px;display:flex;gap:12px}'];
  let size = rules[0].length;
  for (let i = 0; size < bytes; i++) {
    const rule = `.c${i}{color:#${(i * 2654435761).toString(16).slice(-6).padStart(6, '0')};padding:${i % 9}px ${i % 5}px;border-bottom:1px solid #2a2a2a}`;
    rules.push(rule);
    size += rule.length;
  }
  return rules.join('\n');
}

/** Asks for the page `queueArgs` name and paints its first row's order id (Element Timing, as the desk's row). */
function rowScript(queueArgs: unknown): string {
  return `const token = new URL(location.href).searchParams.get('token') ?? '';
const answer = fetch('/api/invoke', {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-desk-token': token },
  body: JSON.stringify({ name: 'queue/list', args: ${JSON.stringify(queueArgs)} })
}).then((response) => response.json());
const [result] = await Promise.all([answer, import('./bulk.js')]);
const row = document.createElement('div');
row.className = 'floor-row';
const id = document.createElement('span');
id.setAttribute('elementtiming', 'queue-first-row');
id.textContent = String(result.value.rows[0].id);
row.append(id, String(result.value.total));
document.body.append(row);
`;
}

/**
 * Writes the floor page into the built renderer's folder (the bridge serves that folder only) under
 * a name of this run, for the spec to remove when it ends.
 */
export function writeFloorPage(rendererDir: string, bytes: FloorBytes, queueArgs: unknown): FloorPage {
  const name = `desk-perf-floor-${process.pid}`;
  const dir = join(rendererDir, name);
  mkdirSync(dir, { recursive: true });
  const row = rowScript(queueArgs);
  writeFileSync(join(dir, 'row.js'), row);
  writeFileSync(join(dir, 'bulk.js'), bulkScript(Math.max(0, bytes.script - row.length)));
  writeFileSync(join(dir, 'floor.css'), bulkStyle(bytes.style));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Floor</title>
    <script type="module" src="./row.js"></script>
    <link rel="modulepreload" href="./bulk.js" />
    <link rel="stylesheet" href="./floor.css" />
  </head>
  <body></body>
</html>
`
  );
  return { path: `/${name}/index.html`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
