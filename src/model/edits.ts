/**
 * Edits to a network as pure data, and one function that applies them. Every
 * application returns the exact inverse, so undo is applying the inverse and
 * redo is applying the edit again. Networks are never mutated: each edit
 * returns a new network that shares the records it did not touch.
 */
import { stripAccents } from './accents';
import type { Actor, Network, NetworkMeta, Tie } from './types';

/** The fields of an actor an edit may change (not its id: ties refer to it). */
export type ActorPatch = Partial<Omit<Actor, 'id'>>;
/** The fields of a tie an edit may change (not its id or its ends). */
export type TiePatch = Partial<Omit<Tie, 'id' | 'source' | 'target'>>;

/** The fields of the network as a whole an edit may change (its title, sources, mapping sessions…; not its id). */
export type MetaPatch = Partial<Omit<NetworkMeta, 'schemaVersion' | 'id'>>;

export type Edit =
  | { kind: 'updateMeta'; before: MetaPatch; after: MetaPatch }
  | { kind: 'insertActors'; items: { index: number; actor: Actor }[] }
  | { kind: 'deleteActors'; ids: string[] }
  | { kind: 'insertTies'; items: { index: number; tie: Tie }[] }
  | { kind: 'deleteTies'; ids: string[] }
  | { kind: 'updateActors'; changes: { id: string; before: ActorPatch; after: ActorPatch }[] }
  | { kind: 'updateTies'; changes: { id: string; before: TiePatch; after: TiePatch }[] }
  | { kind: 'batch'; edits: Edit[] };

export interface Applied {
  network: Network;
  inverse: Edit;
}

function fail(message: string): never {
  throw new Error(`model/edits: ${message}`);
}

/** Inserts items at their final indexes (ascending), so removing them restores the original order. */
function insertAt<T>(list: readonly T[], items: { index: number; value: T }[]): T[] {
  const result = [...list];
  for (const { index, value } of [...items].sort((a, b) => a.index - b.index)) {
    if (index < 0 || index > result.length) fail(`index ${index} is outside the list`);
    result.splice(index, 0, value);
  }
  return result;
}

/** Splits a list into what stays and what goes, remembering where each removed item stood. */
function removeWhere<T>(list: readonly T[], goes: (item: T) => boolean): { kept: T[]; removed: { index: number; value: T }[] } {
  const kept: T[] = [];
  const removed: { index: number; value: T }[] = [];
  list.forEach((value, index) => (goes(value) ? removed.push({ index, value }) : kept.push(value)));
  return { kept, removed };
}

function pick<T extends object>(record: T, keys: readonly string[]): Partial<T> {
  const result: Partial<T> = {};
  for (const key of keys) (result as Record<string, unknown>)[key] = structuredClone((record as Record<string, unknown>)[key]);
  return result;
}

function patchRecords<T extends { id: string }, P extends object>(
  list: readonly T[],
  changes: { id: string; before: P; after: P }[],
  what: string,
): T[] {
  const byId = new Map(changes.map((c) => [c.id, c.after]));
  const found = new Set<string>();
  const result = list.map((record) => {
    const after = byId.get(record.id);
    if (!after) return record;
    found.add(record.id);
    const merged: Record<string, unknown> = { ...record, ...structuredClone(after) };
    // A field that was absent before comes back absent, not as `undefined`.
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    return merged as unknown as T;
  });
  for (const { id } of changes) if (!found.has(id)) fail(`no ${what} "${id}"`);
  return result;
}

/** Applies an edit; returns the new network and the edit that undoes it exactly. */
export function applyEdit(network: Network, edit: Edit): Applied {
  switch (edit.kind) {
    case 'updateMeta': {
      const merged: Record<string, unknown> = { ...network, ...structuredClone(edit.after) };
      for (const key of Object.keys(edit.after)) if (merged[key] === undefined) delete merged[key];
      return { network: merged as unknown as Network, inverse: { kind: 'updateMeta', before: edit.after, after: edit.before } };
    }
    case 'insertActors': {
      const ids = new Set(network.actors.map((a) => a.id));
      for (const { actor } of edit.items) {
        if (ids.has(actor.id)) fail(`actor "${actor.id}" already exists`);
        ids.add(actor.id);
      }
      const actors = insertAt(
        network.actors,
        edit.items.map(({ index, actor }) => ({ index, value: actor })),
      );
      return { network: { ...network, actors }, inverse: { kind: 'deleteActors', ids: edit.items.map((i) => i.actor.id) } };
    }
    case 'deleteActors': {
      const ids = new Set(edit.ids);
      const actors = removeWhere(network.actors, (a) => ids.has(a.id));
      if (actors.removed.length !== ids.size) fail(`some of ${edit.ids.join(', ')} are not actors`);
      // An actor's ties go with it, and come back with it.
      const ties = removeWhere(network.ties, (t) => ids.has(t.source) || ids.has(t.target));
      const inverse: Edit = {
        kind: 'batch',
        edits: [
          { kind: 'insertActors', items: actors.removed.map(({ index, value }) => ({ index, actor: value })) },
          { kind: 'insertTies', items: ties.removed.map(({ index, value }) => ({ index, tie: value })) },
        ],
      };
      return { network: { ...network, actors: actors.kept, ties: ties.kept }, inverse };
    }
    case 'insertTies': {
      const actorIds = new Set(network.actors.map((a) => a.id));
      const tieIds = new Set(network.ties.map((t) => t.id));
      for (const { tie } of edit.items) {
        if (tieIds.has(tie.id)) fail(`tie "${tie.id}" already exists`);
        if (!actorIds.has(tie.source) || !actorIds.has(tie.target)) fail(`tie "${tie.id}" joins a missing actor`);
        tieIds.add(tie.id);
      }
      const ties = insertAt(
        network.ties,
        edit.items.map(({ index, tie }) => ({ index, value: tie })),
      );
      return { network: { ...network, ties }, inverse: { kind: 'deleteTies', ids: edit.items.map((i) => i.tie.id) } };
    }
    case 'deleteTies': {
      const ids = new Set(edit.ids);
      const ties = removeWhere(network.ties, (t) => ids.has(t.id));
      if (ties.removed.length !== ids.size) fail(`some of ${edit.ids.join(', ')} are not ties`);
      return {
        network: { ...network, ties: ties.kept },
        inverse: { kind: 'insertTies', items: ties.removed.map(({ index, value }) => ({ index, tie: value })) },
      };
    }
    case 'updateActors':
      return {
        network: { ...network, actors: patchRecords(network.actors, edit.changes, 'actor') },
        inverse: { kind: 'updateActors', changes: edit.changes.map(({ id, before, after }) => ({ id, before: after, after: before })) },
      };
    case 'updateTies':
      return {
        network: { ...network, ties: patchRecords(network.ties, edit.changes, 'tie') },
        inverse: { kind: 'updateTies', changes: edit.changes.map(({ id, before, after }) => ({ id, before: after, after: before })) },
      };
    case 'batch': {
      let current = network;
      const inverses: Edit[] = [];
      for (const step of edit.edits) {
        const applied = applyEdit(current, step);
        current = applied.network;
        inverses.unshift(applied.inverse);
      }
      return { network: current, inverse: { kind: 'batch', edits: inverses } };
    }
  }
}

// ── Builders: the edits a user makes, with what they replace read from the network ──

/** Adds an actor at the end of the list. */
export function addActor(network: Network, actor: Actor): Edit {
  return { kind: 'insertActors', items: [{ index: network.actors.length, actor }] };
}

/** Adds a tie at the end of the list. */
export function addTie(network: Network, tie: Tie): Edit {
  return { kind: 'insertTies', items: [{ index: network.ties.length, tie }] };
}

export function removeActors(ids: string[]): Edit {
  return { kind: 'deleteActors', ids };
}

export function removeTies(ids: string[]): Edit {
  return { kind: 'deleteTies', ids };
}

/** Sets fields of the network as a whole (`undefined`: the field goes), with what they replace. */
export function updateMeta(network: Network, patch: MetaPatch): Edit {
  return { kind: 'updateMeta', before: pick(network, Object.keys(patch)) as MetaPatch, after: structuredClone(patch) };
}

/** Sets the same fields on one or many actors (a bulk edit is one edit, undone at once). */
export function updateActors(network: Network, ids: string[], patch: ActorPatch): Edit {
  const keys = Object.keys(patch);
  const changes = ids.map((id) => {
    const actor = network.actors.find((a) => a.id === id) ?? fail(`no actor "${id}"`);
    return { id, before: pick(actor, keys) as ActorPatch, after: structuredClone(patch) };
  });
  return { kind: 'updateActors', changes };
}

export function updateTies(network: Network, ids: string[], patch: TiePatch): Edit {
  const keys = Object.keys(patch);
  const changes = ids.map((id) => {
    const tie = network.ties.find((t) => t.id === id) ?? fail(`no tie "${id}"`);
    return { id, before: pick(tie, keys) as TiePatch, after: structuredClone(patch) };
  });
  return { kind: 'updateTies', changes };
}

/** A slug for a new record's id from its name, unique among `taken`: "Centro Guamán Poma" → "centro-guaman-poma". */
export function slugId(name: string, taken: ReadonlySet<string>): string {
  const base =
    stripAccents(name)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'actor';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
