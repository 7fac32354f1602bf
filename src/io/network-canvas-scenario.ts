/**
 * Network Canvas interviews on their way into the open scenario: which
 * chosen files are a Network Canvas export (the import dialog sends those to
 * network-canvas.ts instead of reading them as a network), and the
 * interviews as a network of their own (their actors, their answers) for
 * analysis/merge-sessions.ts to merge into the scenario. Pure.
 */
import { SCHEMA_VERSION } from '../model/schema';
import type { Actor, Network } from '../model/types';
import type { NetworkCanvasImport } from './network-canvas-interviews';

/** The exporter's CSV file names (network-canvas-csv.ts): `…_attributeList_<type>.csv`, `…_edgeList_<type>.csv`, `…_ego.csv`. */
const CSV_NAME = /_(?:attributeList|edgeList)_\w+\.csv$|_ego\.csv$/i;
/** What a Network Canvas GraphML says in its first lines: the nc: namespace, or its networkCanvasType key. */
const GRAPHML_MARK = /http:\/\/schema\.networkcanvas\.com\/xmlns|<key\b[^>]*\bid\s*=\s*["']networkCanvasType["']/;

/**
 * Whether a chosen file is part of a Network Canvas export, from its name and
 * the beginning of its text (`head`: a few thousand characters are enough).
 */
export function isNetworkCanvasFile(name: string, head: string): boolean {
  if (/\.(graphml|xml)$/i.test(name)) return GRAPHML_MARK.test(head);
  if (/\.csv$/i.test(name)) return CSV_NAME.test(name) || /^\uFEFF?[^\n]*\bnetworkCanvasEgoUUID\b/.test(head);
  return false;
}

/** The sector a new actor takes when the interviews do not say one: assumed, for the facilitator to set. */
export const INTERVIEW_SECTOR = 'civil_society';

/**
 * The interviews as a network: every actor named, with its name as the
 * interviews first spelled it, its sector assumed (Network Canvas does not
 * know the model's sectors) and its node type kept in `extra`; no ties (the
 * links are tie answers, which the agreement reads); the sessions and answers
 * as its mapping. Its actors have no sources yet: the sessions' ids may
 * change as they join the scenario's (analysis/session-merge-edit.ts gives
 * them their sources then).
 */
export function interviewsNetwork(imported: NetworkCanvasImport, title: string): Network {
  const actors = imported.actors.map((actor): Actor => ({
    id: actor.id,
    name: actor.name,
    aliases: [],
    sector: INTERVIEW_SECTOR,
    level: null,
    country: null,
    region: null,
    influence: null,
    vpKnowledge: null,
    vpInterest: null,
    stance: null,
    engagement: null,
    vpStatus: null,
    capacities: { technical: null, humanRights: null, conflictPrevention: null, impartiality: null },
    contacts: [],
    tags: [],
    notes: '',
    sources: [],
    basis: 'documented',
    fieldBasis: { sector: 'assumed' },
    extra: actor.nodeType ? { networkCanvasType: actor.nodeType } : {},
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'network-canvas-interviews',
    title,
    description: '',
    scope: '',
    sources: [],
    facts: [],
    actors,
    ties: [],
    mapping: imported.mapping,
  };
}
