/**
 * What the local store keeps: scenarios (a named copy of a network with the
 * way it was being looked at) and a few settings. Plain data, versioned, so
 * a backup file and a database row have the same shape.
 */
import type { Edit } from '../model/edits';
import type { Filters } from '../model/filter';
import type { UserBoundaries } from '../io/boundaries';
import type { Network } from '../model/types';

/** How the network was being looked at: what a scenario restores besides the network. */
export interface ViewSnapshot {
  /** A view's id (state/views.ts); one this version does not know (a view since removed) opens as the network. */
  mode: string;
  layout: 'force' | 'concentric' | 'pillar' | 'region' | 'saved';
  concentricBy: 'degree' | 'influence' | 'vpInterest' | 'vpKnowledge';
  colorBy: 'sector' | 'pillar' | 'community' | 'lastEngaged' | 'commitments';
  sizeBy: string;
  filters: Filters;
  filterMode: 'fade' | 'hide';
  positions: Record<string, { x: number; y: number }>;
  pinned: string[];
  /** Boundaries the user loaded for the map (outside Peru); absent: Peru's regions. */
  boundaries?: UserBoundaries | null;
  /** The map of Peru's own settings; absent (older records): geographic, coloured by actors. */
  map?: { layout: 'geo' | 'tiles'; measure: string; period?: { from: string | null; to: string | null } };
  /** The power and interest grid's axes; absent (older records): interest × influence. */
  gridAxes?: { x: string; y: string };
  /** What the comparison marks: the actors both networks share, or what changed; absent or null: by the networks. */
  compare?: { highlight: 'shared' | 'changes' | null };
  /** Which informants' answers the views show: the consensus at a threshold, or one informant's; absent or null: all, as recorded. */
  answeredBy?: { atLeast: number } | { informant: string } | null;
}

/** A saved view to present: which view and how it was looked at, what was highlighted, a title and caption. */
export interface Slide {
  id: string;
  /** In Spanish and/or English; either may be empty. */
  title: { es: string; en: string };
  caption: { es: string; en: string };
  /** For the presenter only (shown in the presenter view, never on the slide). */
  notes: string;
  view: ViewSnapshot;
  focus: { actor: string; steps: 1 | 2 } | null;
  /** Actors highlighted (selected) on the slide. */
  highlight: string[];
  /** The part of the network drawing shown when the slide was saved; absent: everything, fitted. */
  extent?: { x1: number; y1: number; x2: number; y2: number } | null;
}

export type ScenarioOrigin =
  | { kind: 'sample'; sampleId: string }
  | { kind: 'copy'; of: string }
  | { kind: 'file'; fileName: string }
  | { kind: 'backup'; fileName: string };

export interface ScenarioRecord {
  id: string;
  name: string;
  notes: string;
  createdAt: number;
  updatedAt: number;
  /** Bumped by every save, so two tabs can tell whether they saw the latest. */
  revision: number;
  origin: ScenarioOrigin;
  /** The network in the native format, with its own schemaVersion. */
  network: Network;
  view: ViewSnapshot;
  /** The scenario's slides, in order; absent in records written before slides existed. */
  slides?: Slide[];
}

/**
 * What the scenario list shows, kept in a store of its own beside each
 * record (written in the same transaction), so listing the scenarios or
 * checking a save's revision reads no network.
 */
export interface ScenarioSummary {
  id: string;
  name: string;
  notes: string;
  createdAt: number;
  updatedAt: number;
  revision: number;
  origin: ScenarioOrigin;
  actors: number;
  ties: number;
}

export function summarise(record: ScenarioRecord): ScenarioSummary {
  return {
    id: record.id,
    name: record.name,
    notes: record.notes,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    revision: record.revision,
    origin: record.origin,
    actors: record.network.actors.length,
    ties: record.network.ties.length,
  };
}

/**
 * One line of the journal: what changed in a scenario, written the moment it
 * changed. Reading a scenario replays its journal over the stored record;
 * saving the whole record later folds the journal in and clears it.
 */
export type JournalEntry = { scenarioId: string; at: number } & (
  | { kind: 'edit'; edit: Edit }
  | { kind: 'view'; view: ViewSnapshot }
  | { kind: 'details'; name: string; notes: string }
  | { kind: 'slides'; slides: Slide[] }
);

/** A network a comparison can take: the one open in the workspace, a sample, or a saved scenario. */
export type SideRef = { kind: 'sample'; id: string } | { kind: 'scenario'; id: string };

/** A comparison the analyst worked on: its two networks and the matching decisions, so matching is done once. */
export interface ComparisonRecord {
  /** `sample:lima-2010|scenario:s-…`: the two sides, in order. */
  id: string;
  first: SideRef;
  second: SideRef;
  confirmed: [string, string][];
  rejected: [string, string][];
  updatedAt: number;
}

export const sideKey = (side: SideRef) => `${side.kind}:${side.id}`;
export const comparisonId = (first: SideRef, second: SideRef) => `${sideKey(first)}|${sideKey(second)}`;
