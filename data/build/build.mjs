// Rewrites the sample data files in data/ from the builders beside this file.
// Usage: npm run data
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { network as lima } from './lima-2010.mjs';
import { network as macroSur } from './macro-sur-2017.mjs';
import { regions } from './peru-regions.mjs';
import { boundaries } from './peru-boundaries.mjs';

const out = (name) => fileURLToPath(new URL(`../${name}`, import.meta.url));
for (const [name, value] of [
  ['lima-2010.json', lima],
  ['macro-sur-2017.json', macroSur],
  ['peru-regions.json', regions],
  ['peru-boundaries.json', boundaries()],
]) {
  // The boundaries are data for the machine: one line, not 50 kB of indentation.
  writeFileSync(out(name), (name === 'peru-boundaries.json' ? JSON.stringify(value) : JSON.stringify(value, null, 2)) + '\n');
  const counts = value.actors
    ? `${value.actors.length} actors, ${value.ties.length} ties, ${value.engagements.length} engagements, ${value.commitments.length} commitments, ${value.incidents.length} incidents`
    : value.regions
      ? `${value.regions.length} regions`
      : `${value.topology.objects.regions.geometries.length} region shapes`;
  console.log(`data/${name}: ${counts}`);
}
