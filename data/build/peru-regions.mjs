// The 26 ISO 3166-2:PE subdivisions: 24 departments, the Constitutional
// Province of Callao and Lima Metropolitana. Names, capitals and their
// coordinates (rounded to 0.01°) are general reference data; the tile-grid
// positions are this product's own layout (north at the top, coast on the
// left); Macro Sur membership and the indicators come from the seeds.
import { SEED_2010, SEED_2017, src } from './common.mjs';

// code, English name, Spanish name, capital, lat, lon, tile column, tile row
const REGIONS = [
  ['PE-AMA', 'Amazonas', 'Amazonas', 'Chachapoyas', -6.23, -77.87, 2, 1],
  ['PE-ANC', 'Ancash', 'Áncash', 'Huaraz', -9.53, -77.53, 1, 3],
  ['PE-APU', 'Apurímac', 'Apurímac', 'Abancay', -13.63, -72.88, 3, 5],
  ['PE-ARE', 'Arequipa', 'Arequipa', 'Arequipa', -16.4, -71.54, 3, 6],
  ['PE-AYA', 'Ayacucho', 'Ayacucho', 'Ayacucho', -13.16, -74.22, 2, 5],
  ['PE-CAJ', 'Cajamarca', 'Cajamarca', 'Cajamarca', -7.16, -78.51, 1, 1],
  ['PE-CAL', 'Callao', 'Callao', 'Callao', -12.06, -77.15, 0, 4],
  ['PE-CUS', 'Cusco', 'Cusco', 'Cusco', -13.53, -71.97, 4, 5],
  ['PE-HUV', 'Huancavelica', 'Huancavelica', 'Huancavelica', -12.79, -74.97, 3, 4],
  ['PE-HUC', 'Huánuco', 'Huánuco', 'Huánuco', -9.93, -76.24, 2, 2],
  ['PE-ICA', 'Ica', 'Ica', 'Ica', -14.07, -75.73, 1, 5],
  ['PE-JUN', 'Junín', 'Junín', 'Huancayo', -12.07, -75.21, 3, 3],
  ['PE-LAL', 'La Libertad', 'La Libertad', 'Trujillo', -8.11, -79.03, 1, 2],
  ['PE-LAM', 'Lambayeque', 'Lambayeque', 'Chiclayo', -6.77, -79.84, 0, 2],
  ['PE-LIM', 'Lima Region', 'Lima Provincias', 'Huacho', -11.11, -77.61, 2, 4],
  ['PE-LMA', 'Metropolitan Lima', 'Lima Metropolitana', 'Lima', -12.05, -77.04, 1, 4],
  ['PE-LOR', 'Loreto', 'Loreto', 'Iquitos', -3.75, -73.25, 3, 0],
  ['PE-MDD', 'Madre de Dios', 'Madre de Dios', 'Puerto Maldonado', -12.59, -69.19, 5, 4],
  ['PE-MOQ', 'Moquegua', 'Moquegua', 'Moquegua', -17.19, -70.94, 3, 7],
  ['PE-PAS', 'Pasco', 'Pasco', 'Cerro de Pasco', -10.68, -76.26, 2, 3],
  ['PE-PIU', 'Piura', 'Piura', 'Piura', -5.19, -80.63, 0, 1],
  ['PE-PUN', 'Puno', 'Puno', 'Puno', -15.84, -70.02, 4, 6],
  ['PE-SAM', 'San Martín', 'San Martín', 'Moyobamba', -6.03, -76.97, 3, 1],
  ['PE-TAC', 'Tacna', 'Tacna', 'Tacna', -18.01, -70.25, 4, 7],
  ['PE-TUM', 'Tumbes', 'Tumbes', 'Tumbes', -3.57, -80.45, 0, 0],
  ['PE-UCA', 'Ucayali', 'Ucayali', 'Pucallpa', -8.38, -74.55, 3, 2],
];

const MACRO_SUR = src(
  SEED_2017,
  'Background',
  'security and human rights working groups in regions in Peru with a strong mining presence, such as the "Macro Sur" regions of Apurimac, Arequipa, Cusco or Puno.',
);

const POVERTY = src(
  SEED_2010,
  'III Background',
  'The provinces with the highest percentage of poverty are Huancavelica (85.7%), Apurímac (69.5%), Ayacucho (68.3%), Puno (67.2%), Huánuco (64.9%), Cajamarca (64.5%) and Pasco (63.4%)',
);
const HOTSPOTS = src(
  SEED_2010,
  'III Background',
  'Most of these conflicts are located in the Cajamarca, Cusco, Ancash, Ayacucho and Puno provinces.',
);
const MINING = src(
  SEED_2010,
  'III Background',
  'In 2009, the mining resources were transferred as follows: 25% to the Ancash province, 15% to Arequipa and 11% to Moquegua.',
);
const OIL = src(
  SEED_2010,
  'III Background',
  'As for the oil industry, the transferred to the regions include 43% to Piura, 24% to Loreto and 13% to Ucayali.',
);
const CASES = src(
  SEED_2010,
  'III Background',
  'The emblematic cases involve Yanacocha Mining Company (Newmont investment) in Cajamarca … Majaz Mining Company with their project Rio Blanco, located in the highlands of Piura',
);

export const indicators = [
  {
    id: 'poverty-rate',
    unit: '%',
    sources: [POVERTY],
    label: {
      en: 'Poverty rate (highest seven regions named by the 2010 study)',
      es: 'Tasa de pobreza (las siete regiones más altas según el estudio de 2010)',
    },
    values: { 'PE-HUV': 85.7, 'PE-APU': 69.5, 'PE-AYA': 68.3, 'PE-PUN': 67.2, 'PE-HUC': 64.9, 'PE-CAJ': 64.5, 'PE-PAS': 63.4 },
  },
  {
    id: 'conflict-hotspot',
    unit: 'flag',
    sources: [HOTSPOTS],
    label: {
      en: 'Where most social conflicts are (Ombudsman, Jan 2010)',
      es: 'Donde se concentran los conflictos sociales (Defensoría, ene. 2010)',
    },
    values: { 'PE-CAJ': 1, 'PE-CUS': 1, 'PE-ANC': 1, 'PE-AYA': 1, 'PE-PUN': 1 },
  },
  {
    id: 'mining-transfer-share-2009',
    unit: '%',
    sources: [MINING],
    label: { en: 'Share of mining resources transferred, 2009', es: 'Participación en las transferencias mineras, 2009' },
    values: { 'PE-ANC': 25, 'PE-ARE': 15, 'PE-MOQ': 11 },
  },
  {
    id: 'oil-transfer-share-2009',
    unit: '%',
    sources: [OIL],
    label: { en: 'Share of oil resources transferred, 2009', es: 'Participación en las transferencias petroleras, 2009' },
    values: { 'PE-PIU': 43, 'PE-LOR': 24, 'PE-UCA': 13 },
  },
  {
    id: 'emblematic-security-case',
    unit: 'flag',
    sources: [CASES],
    label: {
      en: 'Emblematic security and human-rights case (2010 study)',
      es: 'Caso emblemático de seguridad y derechos humanos (estudio de 2010)',
    },
    values: { 'PE-CAJ': 1, 'PE-PIU': 1 },
  },
];

export const regions = {
  schemaVersion: 3,
  country: 'PE',
  sources: [
    { doc: 'ISO 3166-2:PE', locator: 'subdivision codes', quote: 'Codes, names and capitals are general reference data.' },
    { doc: 'Puentes tile grid', locator: 'data/build/peru-regions.mjs', quote: 'Tile positions are a schematic layout, not geography.' },
  ],
  macroSurSources: [MACRO_SUR],
  indicators,
  regions: REGIONS.map(([code, en, es, capital, lat, lon, col, row]) => ({
    code,
    name: { en, es },
    capital: { name: capital, lat, lon },
    tile: { col, row },
    macroSur: ['PE-APU', 'PE-ARE', 'PE-CUS', 'PE-PUN'].includes(code),
  })),
};
