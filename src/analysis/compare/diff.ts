/**
 * What changed between two versions of a network (a scenario before and
 * after a workshop, a copy a colleague edited): actors and ties added,
 * removed, and changed field by field, old → new. Provenance (sources,
 * basis, the basis of single fields) is a change like any other, flagged so
 * it can be shown apart.
 */
import type { Actor, Network, Tie } from '../../model/types';

export interface FieldChange {
  field: string;
  /**
   * For a field that holds one value per key (the basis of single fields,
   * capacities, imported attributes): the key whose value changed. Each
   * changed key is a change of its own, so a reader sees "influence: assumed →
   * inferred" rather than two whole records.
   */
  key?: string;
  before: unknown;
  after: unknown;
  /** A change to where the record comes from or how far it rests on it. */
  provenance: boolean;
}

export interface RecordChange {
  /** The record's id in the first version. */
  id: string;
  /** Its id in the second, when the match was not by id. */
  otherId: string;
  changes: FieldChange[];
}

export interface NetworkDiff {
  actors: { added: string[]; removed: string[]; changed: RecordChange[] };
  ties: { added: string[]; removed: string[]; changed: RecordChange[] };
}

const PROVENANCE = new Set(['sources', 'basis', 'fieldBasis']);
/** Fields that hold one value per key, compared key by key. */
const KEYED = new Set(['fieldBasis', 'capacities', 'extra']);

/** Equal as data: same JSON shape, keys in any order. */
export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => sameValue(item, y[i]));
  const kx = Object.keys(x).filter((k) => (x as Record<string, unknown>)[k] !== undefined);
  const ky = Object.keys(y).filter((k) => (y as Record<string, unknown>)[k] !== undefined);
  return kx.length === ky.length && kx.every((k) => sameValue((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The fields that differ, in a stable order (the first record's fields, then
 * fields only the second has). A field holding one value per key (`fieldBasis`,
 * `capacities`, `extra`) gives one change per key that differs, in the same order;
 * a field's basis differs when the basis it rests on does (its own, else the record's).
 */
export function fieldChanges(before: object, after: object, ignore: readonly string[] = ['id']): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !ignore.includes(f));
  return fields
    .filter((field) => !sameValue(b[field], a[field]))
    .flatMap((field) => {
      const provenance = PROVENANCE.has(field);
      const x = b[field] ?? {};
      const y = a[field] ?? {};
      if (!KEYED.has(field) || !isRecord(x) || !isRecord(y)) return [{ field, before: b[field], after: a[field], provenance }];
      // A field without a basis of its own rests on the record's: "inferred" given for a field of an inferred
      // record is no change.
      const [ownX, ownY] = field === 'fieldBasis' ? [b.basis, a.basis] : [undefined, undefined];
      return [...new Set([...Object.keys(x), ...Object.keys(y)])]
        .filter((key) => !sameValue(x[key] ?? ownX, y[key] ?? ownY))
        .map((key) => ({ field, key, before: x[key], after: y[key], provenance }));
    });
}

function diffRecords<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  partnerOf: (record: T) => string | undefined,
  ignore: readonly string[],
  normalise: (record: T) => object = (record) => record,
): { added: string[]; removed: string[]; changed: RecordChange[] } {
  const afterById = new Map(after.map((r) => [r.id, r]));
  const paired = new Set<string>();
  const removed: string[] = [];
  const changed: RecordChange[] = [];
  for (const record of before) {
    const otherId = partnerOf(record);
    const other = otherId === undefined ? undefined : afterById.get(otherId);
    if (!other) {
      removed.push(record.id);
      continue;
    }
    paired.add(other.id);
    const changes = fieldChanges(normalise(record), normalise(other), ignore);
    if (changes.length > 0) changed.push({ id: record.id, otherId: other.id, changes });
  }
  return { added: after.filter((r) => !paired.has(r.id)).map((r) => r.id), removed, changed };
}

/**
 * The diff of `after` against `before`. Actors pair by `actorMatch` (by
 * default the same id); ties pair by id, and ties whose ids differ pair when
 * their ends (through the actor pairing) and type are the same. A tie whose
 * ends are renamed through a match is not "changed" for that.
 */
export function diffNetworks(before: Network, after: Network, actorMatch?: ReadonlyMap<string, string>): NetworkDiff {
  const afterActors = new Set(after.actors.map((a) => a.id));
  const partnerActor = (a: Actor) => (actorMatch ? actorMatch.get(a.id) : afterActors.has(a.id) ? a.id : undefined);
  const actors = diffRecords(before.actors, after.actors, partnerActor, ['id']);

  const toAfter = (id: string) => (actorMatch ? actorMatch.get(id) : id);
  const afterTies = new Map(after.ties.map((t) => [t.id, t]));
  const byEnds = new Map<string, Tie[]>();
  const endsKey = (type: string, s: string | undefined, t: string | undefined) => `${type}|${s}|${t}`;
  for (const tie of after.ties) {
    const key = endsKey(tie.type, tie.source, tie.target);
    byEnds.set(key, [...(byEnds.get(key) ?? []), tie]);
  }
  const claimed = new Set<string>();
  const beforeTieIds = new Set(before.ties.map((t) => t.id));
  const partnerTie = (tie: Tie): string | undefined => {
    const same = afterTies.get(tie.id);
    if (same && toAfter(tie.source) === same.source && toAfter(tie.target) === same.target) {
      claimed.add(same.id);
      return same.id;
    }
    const other = byEnds
      .get(endsKey(tie.type, toAfter(tie.source), toAfter(tie.target)))
      ?.find((t) => !claimed.has(t.id) && !beforeTieIds.has(t.id));
    if (other) claimed.add(other.id);
    return other?.id;
  };
  const ties = diffRecords(before.ties, after.ties, partnerTie, ['id', 'source', 'target']);
  return { actors, ties };
}

/** The actors a diff concerns: added, removed, changed, and the ends of every tie added, removed or changed. */
export function actorsTouched(diff: NetworkDiff, before: Network, after: Network): { before: Set<string>; after: Set<string> } {
  const tiesBefore = new Map(before.ties.map((t) => [t.id, t]));
  const tiesAfter = new Map(after.ties.map((t) => [t.id, t]));
  const inBefore = new Set([...diff.actors.removed, ...diff.actors.changed.map((c) => c.id)]);
  const inAfter = new Set([...diff.actors.added, ...diff.actors.changed.map((c) => c.otherId)]);
  for (const id of diff.ties.removed) for (const end of ends(tiesBefore.get(id))) inBefore.add(end);
  for (const id of diff.ties.added) for (const end of ends(tiesAfter.get(id))) inAfter.add(end);
  for (const change of diff.ties.changed) {
    for (const end of ends(tiesBefore.get(change.id))) inBefore.add(end);
    for (const end of ends(tiesAfter.get(change.otherId))) inAfter.add(end);
  }
  return { before: inBefore, after: inAfter };
}

function ends(tie: Tie | undefined): string[] {
  return tie ? [tie.source, tie.target] : [];
}
