// Rewrites the sample data files in data/ from the builders beside this file.
// Usage: npm run data
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { network as lima } from './lima-2010.mjs';
import { network as macroSur } from './macro-sur-2017.mjs';
import { regions } from './peru-regions.mjs';

const out = (name) => fileURLToPath(new URL(`../${name}`, import.meta.url));
for (const [name, value] of [
  ['lima-2010.json', lima],
  ['macro-sur-2017.json', macroSur],
  ['peru-regions.json', regions],
]) {
  writeFileSync(out(name), JSON.stringify(value, null, 2) + '\n');
  const counts = value.actors ? `${value.actors.length} actors, ${value.ties.length} ties` : `${value.regions.length} regions`;
  console.log(`data/${name}: ${counts}`);
}
