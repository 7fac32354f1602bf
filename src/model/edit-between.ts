/**
 * The edit that turns one network into another with the same records in the
 * same order where both have them: what a change made elsewhere (another
 * person of a shared map) does to the network on screen, applied in place as
 * any edit is, so the drawing moves only what changed. Pure.
 */
import type { ActorPatch, Edit, MetaPatch, TiePatch } from './edits';
import { RECORD_FIELDS } from './records';
import type { Network } from './types';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two versions of a record: the old values and the new (`undefined`: gone). */
function patchBetween(
  was: Record<string, unknown>,
  now: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  let changed = false;
  for (const field of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (field === 'id' || same(was[field], now[field])) continue;
    before[field] = structuredClone(was[field]);
    after[field] = structuredClone(now[field]);
    changed = true;
  }
  return changed ? { before, after } : null;
}

/** The edit from `before` to `after`, or null when they hold the same actors and ties (the title and sources aside). */
export function editBetween(before: Network, after: Network): Edit | null {
  const edits: Edit[] = [];
  const actorsAfter = new Map(after.actors.map((a) => [a.id, a]));
  const tiesAfter = new Map(after.ties.map((t) => [t.id, t]));
  const actorsBefore = new Map(before.actors.map((a) => [a.id, a]));
  const tiesBefore = new Map(before.ties.map((t) => [t.id, t]));

  const goneActors = before.actors.filter((a) => !actorsAfter.has(a.id)).map((a) => a.id);
  const goneWithActors = new Set(goneActors);
  // Ties that go on their own (those of an actor that goes, go with it).
  const goneTies = before.ties
    .filter((t) => !tiesAfter.has(t.id) && !goneWithActors.has(t.source) && !goneWithActors.has(t.target))
    .map((t) => t.id);
  if (goneTies.length > 0) edits.push({ kind: 'deleteTies', ids: goneTies });
  if (goneActors.length > 0) edits.push({ kind: 'deleteActors', ids: goneActors });
  // A tie of an actor that goes, but still in `after` (re-added elsewhere), must come back: it is inserted below.
  const keptTies = new Set(
    before.ties.filter((t) => tiesAfter.has(t.id) && !goneWithActors.has(t.source) && !goneWithActors.has(t.target)).map((t) => t.id),
  );

  const newActors = after.actors.flatMap((actor, index) => (actorsBefore.has(actor.id) ? [] : [{ index, actor }]));
  if (newActors.length > 0) edits.push({ kind: 'insertActors', items: newActors });
  const newTies = after.ties.flatMap((tie, index) => (keptTies.has(tie.id) ? [] : [{ index, tie }]));
  if (newTies.length > 0) edits.push({ kind: 'insertTies', items: newTies });

  const actorChanges: { id: string; before: ActorPatch; after: ActorPatch }[] = [];
  for (const actor of after.actors) {
    const was = actorsBefore.get(actor.id);
    if (!was || was === actor) continue;
    const patch = patchBetween(was as unknown as Record<string, unknown>, actor as unknown as Record<string, unknown>);
    if (patch) actorChanges.push({ id: actor.id, before: patch.before as ActorPatch, after: patch.after as ActorPatch });
  }
  if (actorChanges.length > 0) edits.push({ kind: 'updateActors', changes: actorChanges });
  const tieChanges: { id: string; before: TiePatch; after: TiePatch }[] = [];
  for (const tie of after.ties) {
    const was = tiesBefore.get(tie.id);
    if (!was || was === tie || !keptTies.has(tie.id)) continue;
    const patch = patchBetween(was as unknown as Record<string, unknown>, tie as unknown as Record<string, unknown>);
    if (patch) tieChanges.push({ id: tie.id, before: patch.before as TiePatch, after: patch.after as TiePatch });
  }
  if (tieChanges.length > 0) edits.push({ kind: 'updateTies', changes: tieChanges });

  if (edits.length === 0) return null;
  return edits.length === 1 ? edits[0]! : { kind: 'batch', edits };
}

/** Fields of actors and ties, by record id, that changed elsewhere (`#`: the record was added or removed). */
export interface Touched {
  actor: ReadonlyMap<string, ReadonlySet<string>>;
  tie: ReadonlyMap<string, ReadonlySet<string>>;
}

const IDENTITY = '#';

/**
 * The edit that brings the changes made elsewhere into the network shown: only the records in `touched`, and of
 * those only the fields named, take `after`'s values; a record added or removed there is added or removed here,
 * with the ties that come or go with it. Whatever else differs (an edit of this person's not yet in `after`) is
 * left as shown, so a change arriving never undoes one made here a moment before. Costs follow the change, not
 * the network, but for finding the records by id. Pure.
 */
export function editOfChanges(shown: Network, after: Network, touched: Touched): Edit | null {
  if (touched.actor.size === 0 && touched.tie.size === 0) return null;
  const edits: Edit[] = [];
  const actorsShown = new Map(shown.actors.map((a) => [a.id, a]));
  const actorsAfter = new Map(after.actors.map((a) => [a.id, a]));

  // A record is added or removed only when its identity arrived: one shown here but not there, or there but not
  // here, for another reason (removed or added here a moment ago, not yet in the room) stays as it is here.
  const withIdentity = (records: ReadonlyMap<string, ReadonlySet<string>>) =>
    [...records].filter(([, fields]) => fields.has(IDENTITY)).map(([id]) => id);
  const goneActors = withIdentity(touched.actor).filter((id) => actorsShown.has(id) && !actorsAfter.has(id));
  const newActors = withIdentity(touched.actor).filter((id) => !actorsShown.has(id) && actorsAfter.has(id));
  const actorIds = new Set(actorsShown.keys());
  for (const id of goneActors) actorIds.delete(id);
  for (const id of newActors) actorIds.add(id);

  // The ties to look at: those touched, and those a new actor brings (held before, waiting for their other end),
  // which may come without their identity arriving now.
  const tieIds = new Set(touched.tie.keys());
  const broughtIn = new Set<string>();
  if (newActors.length > 0) {
    const arriving = new Set(newActors);
    for (const tie of after.ties) {
      if (!arriving.has(tie.source) && !arriving.has(tie.target)) continue;
      tieIds.add(tie.id);
      broughtIn.add(tie.id);
    }
  }
  const identityArrived = (id: string) => broughtIn.has(id) || !!touched.tie.get(id)?.has(IDENTITY);
  const tiesShown = new Map<string, Network['ties'][number]>();
  const tiesAfter = new Map<string, Network['ties'][number]>();
  if (tieIds.size > 0) {
    for (const tie of shown.ties) if (tieIds.has(tie.id)) tiesShown.set(tie.id, tie);
    for (const tie of after.ties) if (tieIds.has(tie.id)) tiesAfter.set(tie.id, tie);
  }
  const goneWithActors = new Set(goneActors);
  const joins = (t: { source: string; target: string }) => actorIds.has(t.source) && actorIds.has(t.target);

  const goneTies: string[] = [];
  const newTies: string[] = [];
  const tieChanges: { id: string; before: TiePatch; after: TiePatch }[] = [];
  for (const id of tieIds) {
    const was = tiesShown.get(id);
    const now = tiesAfter.get(id);
    if (was && (goneWithActors.has(was.source) || goneWithActors.has(was.target))) continue;
    if (was && !now) {
      if (identityArrived(id)) goneTies.push(id);
      continue;
    }
    if (!was && now) {
      if (identityArrived(id) && joins(now)) newTies.push(id);
      continue;
    }
    if (!was || !now) continue;
    const patch = patchOfFields(was, now, touched.tie.get(id));
    if (!patch) continue;
    // A tie moved to an actor this network does not have (removed here a moment ago) goes.
    if (!joins({ ...was, ...patch.after } as Network['ties'][number])) goneTies.push(id);
    else tieChanges.push({ id, before: patch.before as TiePatch, after: patch.after as TiePatch });
  }

  if (goneTies.length > 0) edits.push({ kind: 'deleteTies', ids: goneTies });
  if (goneActors.length > 0) edits.push({ kind: 'deleteActors', ids: goneActors });
  if (newActors.length > 0) {
    const remaining = shown.actors.filter((a) => !goneWithActors.has(a.id));
    edits.push({
      kind: 'insertActors',
      items: placed(remaining, after.actors, new Set(newActors)).map(({ index, value }) => ({ index, actor: value })),
    });
  }
  if (newTies.length > 0) {
    const gone = new Set(goneTies);
    const remaining = shown.ties.filter((t) => !gone.has(t.id) && !goneWithActors.has(t.source) && !goneWithActors.has(t.target));
    edits.push({
      kind: 'insertTies',
      items: placed(remaining, after.ties, new Set(newTies)).map(({ index, value }) => ({ index, tie: value })),
    });
  }

  const actorChanges: { id: string; before: ActorPatch; after: ActorPatch }[] = [];
  for (const [id, fields] of touched.actor) {
    const was = actorsShown.get(id);
    const now = actorsAfter.get(id);
    if (!was || !now || was === now) continue;
    const patch = patchOfFields(was, now, fields);
    if (patch) actorChanges.push({ id, before: patch.before as ActorPatch, after: patch.after as ActorPatch });
  }
  if (actorChanges.length > 0) edits.push({ kind: 'updateActors', changes: actorChanges });
  if (tieChanges.length > 0) edits.push({ kind: 'updateTies', changes: tieChanges });

  if (edits.length === 0) return null;
  return edits.length === 1 ? edits[0]! : { kind: 'batch', edits };
}

/** The named fields (all, when `fields` names the record's identity) that differ between two versions of a record. */
function patchOfFields(was: object, now: object, fields: ReadonlySet<string> | undefined) {
  const a = was as Record<string, unknown>;
  const b = now as Record<string, unknown>;
  if (!fields || fields.has(IDENTITY)) return patchBetween(a, b);
  const some: Record<string, unknown> = {};
  const other: Record<string, unknown> = {};
  for (const field of fields) {
    if (field === 'id') continue;
    if (field in a) some[field] = a[field];
    if (field in b) other[field] = b[field];
  }
  return patchBetween(some, other);
}

/**
 * Where each new record goes among those shown: after the nearest record before it in `after` that is shown (at
 * the start when none is), as indexes into the final list, for `insertActors` and `insertTies`.
 */
function placed<T extends { id: string }>(
  shown: readonly T[],
  after: readonly T[],
  added: ReadonlySet<string>,
): { index: number; value: T }[] {
  const order = shown.map((r) => r.id);
  const position = new Map(order.map((id, index) => [id, index]));
  const inserted: T[] = [];
  let previous: string | null = null;
  for (const record of after) {
    if (added.has(record.id)) {
      const at = previous === null ? 0 : order.indexOf(previous) + 1;
      order.splice(at, 0, record.id);
      inserted.push(record);
      previous = record.id;
    } else if (position.has(record.id)) previous = record.id;
  }
  const final = new Map(order.map((id, index) => [id, index]));
  return inserted.map((value) => ({ index: final.get(value.id)!, value }));
}

/**
 * The edit that brings the room's mapping sessions and answers (model/informants.ts) into the network shown, or null
 * when they are the same. They travel as one value of the network's meta: the latest written is the room's.
 */
export function mappingEditBetween(shown: Network, after: Network): Edit | null {
  if (same(shown.mapping, after.mapping)) return null;
  return { kind: 'updateMeta', before: { mapping: structuredClone(shown.mapping) }, after: { mapping: structuredClone(after.mapping) } };
}

/**
 * The edit that brings the engagement records on screen to those of `after`, list by list (a list absent and a list
 * empty are the same: none), or null when they are the same.
 */
export function recordsEditBetween(shown: Network, after: Network): Edit | null {
  const before: MetaPatch = {};
  const next: MetaPatch = {};
  for (const field of RECORD_FIELDS) {
    if (same(shown[field] ?? [], after[field] ?? [])) continue;
    (before as Record<string, unknown>)[field] = structuredClone(shown[field]);
    (next as Record<string, unknown>)[field] = structuredClone(after[field] ?? []);
  }
  return Object.keys(next).length > 0 ? { kind: 'updateMeta', before, after: next } : null;
}

/**
 * The edit that brings in the engagement records that arrived (`field/id`, set or removed elsewhere), leaving every
 * other record on screen as it is: a record saved here and not yet in the room is not taken away by a change of
 * someone else's arriving meanwhile. Null when nothing differs.
 */
export function arrivedRecordsEdit(shown: Network, after: Network, arrived: ReadonlySet<string>): Edit | null {
  if (arrived.size === 0) return null;
  const before: MetaPatch = {};
  const next: MetaPatch = {};
  for (const field of RECORD_FIELDS) {
    const ids = new Set([...arrived].filter((key) => key.startsWith(`${field}/`)).map((key) => key.slice(field.length + 1)));
    if (ids.size === 0) continue;
    const there = new Map((after[field] ?? []).map((r) => [r.id, r]));
    const here = (shown[field] ?? []) as { id: string }[];
    // Those here that arrived are replaced (or go, when the room no longer has them); those new are added at the end.
    const list: { id: string }[] = here.flatMap((r) => (!ids.has(r.id) ? [r] : there.has(r.id) ? [there.get(r.id)!] : []));
    const present = new Set(here.map((r) => r.id));
    for (const id of ids) if (!present.has(id) && there.has(id)) list.push(there.get(id)!);
    if (same(here, list)) continue;
    (before as Record<string, unknown>)[field] = structuredClone(shown[field]);
    (next as Record<string, unknown>)[field] = structuredClone(list);
  }
  return Object.keys(next).length > 0 ? { kind: 'updateMeta', before, after: next } : null;
}
