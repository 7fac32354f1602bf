/**
 * The edit that turns one network into another with the same records in the
 * same order where both have them: what a change made elsewhere (another
 * person of a shared map) does to the network on screen, applied in place as
 * any edit is, so the drawing moves only what changed. Pure.
 */
import type { ActorPatch, Edit, TiePatch } from './edits';
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
