// A shared map in a Yjs document, sealed for its server: what two people editing one map rely on.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import lima from '../../data/lima-2010.json';
import { parseNetwork } from '../../src/model/validate';
import { applyEdit, updateActors, updateTies, addActor, addTie, removeActors, removeTies } from '../../src/model/edits';
import { arrivedRecordsEdit, editOfChanges, recordsEditBetween } from '../../src/model/edit-between';
import { putRecord, removeRecords } from '../../src/model/records';
import { linkFragment, newRoom, parseFragment, roomKeys } from '../../src/share/room-key';
import { SharedNetwork, slotsOf } from '../../src/share/shared-network';
import type { Network } from '../../src/model/types';

const start = parseNetwork(lima).network!;

/** Two copies of one document that send each other every update while `connected`. */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const link = { connected: true, held: [] as [Y.Doc, Uint8Array][] };
  const wire = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'wire') return;
      if (link.connected) Y.applyUpdate(to, update, 'wire');
      else link.held.push([to, update]);
    });
  wire(a, b);
  wire(b, a);
  const reconnect = () => {
    link.connected = true;
    for (const [to, update] of link.held.splice(0)) Y.applyUpdate(to, update, 'wire');
  };
  return { a, b, link, reconnect };
}

async function shared() {
  const room = newRoom();
  const keys = await roomKeys(room);
  const { a, b, link, reconnect } = pair();
  const ana = new SharedNetwork(a, keys, 'ana');
  const beto = new SharedNetwork(b, keys, 'beto');
  await ana.start(start, { slides: [] });
  // Beto opens the map once it has arrived; what comes after is opened as it arrives.
  await beto.load();
  return { room, keys, a, b, ana, beto, link, reconnect };
}

/** Applies a local edit: the network changes, and what changed is written to the document. */
async function edit(side: SharedNetwork, network: Network, make: (n: Network) => Parameters<typeof applyEdit>[1]) {
  const next = applyEdit(network, make(network)).network;
  await side.write(side.changesOf(network, next));
  return next;
}

describe('links to a shared map', () => {
  it('carry the room, the key and, for an editor only, the token; a damaged link is told apart', () => {
    const room = newRoom();
    const editor = linkFragment(room, 'editor');
    const viewer = linkFragment(room, 'viewer');
    expect(parseFragment(`#${editor}`)).toEqual(room);
    expect(parseFragment(`#${viewer}`)).toEqual({ room: room.room, key: room.key });
    expect(parseFragment('#/network')).toEqual({ problem: 'missing' });
    // One character short of the 43 a 32-byte key takes in base64url.
    expect(parseFragment(`#share=${room.room}.${room.key.slice(1)}`)).toEqual({ problem: 'malformed' });
  });
});

describe('a shared network', () => {
  it('reaches a second copy whole, in the same order', async () => {
    const { ana, beto } = await shared();
    expect(beto.network()).toEqual(ana.network());
    expect(beto.network()!.actors.map((a) => a.id)).toEqual(start.actors.map((a) => a.id));
    expect(beto.network()).toEqual(start);
  });

  it('keeps both changes when two people change different fields of one actor while apart', async () => {
    const { ana, beto, link, reconnect } = await shared();
    const id = start.actors[3]!.id;
    link.connected = false;
    await edit(ana, start, (n) => updateActors(n, [id], { influence: 4 }));
    await edit(beto, start, (n) => updateActors(n, [id], { notes: 'Visitado en marzo' }));
    reconnect();
    await Promise.all([ana.settled(), beto.settled()]);
    for (const side of [ana, beto]) {
      const actor = side.network()!.actors.find((a) => a.id === id)!;
      expect(actor.influence).toBe(4);
      expect(actor.notes).toBe('Visitado en marzo');
    }
  });

  it('resolves the same field changed at once to one value on both copies, and says who wrote it', async () => {
    const { ana, beto, link, reconnect } = await shared();
    const id = start.actors[5]!.id;
    link.connected = false;
    await edit(ana, start, (n) => updateActors(n, [id], { influence: 1 }));
    await edit(beto, start, (n) => updateActors(n, [id], { influence: 5 }));
    reconnect();
    await Promise.all([ana.settled(), beto.settled()]);
    const values = [ana, beto].map((s) => s.network()!.actors.find((a) => a.id === id)!.influence);
    expect(values[0]).toBe(values[1]);
    expect([1, 5]).toContain(values[0]);
    const entry = ana.entries().find((e) => e.kind === 'actor' && e.id === id && e.field === 'influence')!;
    expect(entry.by).toBe(values[0] === 1 ? 'ana' : 'beto');
  });

  it('adds and removes actors on the other copy, with their ties', async () => {
    const { ana, beto } = await shared();
    let network = await edit(ana, start, (n) =>
      addActor(n, { ...start.actors[0]!, id: 'defensoria-cusco', name: 'Defensoría del Pueblo, Cusco' }),
    );
    await beto.settled();
    expect(beto.network()!.actors.at(-1)!.id).toBe('defensoria-cusco');
    // The 2010 study team interviewed most actors: removing it removes its 45 ties (the 38 rows of Annex 3, its two
    // authors, IBLF's coordination, Norway's funding and the three institutions whose figures it cites).
    const team = start.actors.find((a) => a.id === 'feasibility-study-2010')!;
    const teamTies = start.ties.filter((t) => t.source === team.id || t.target === team.id).length;
    expect(teamTies).toBe(38 + 2 + 1 + 1 + 3);
    network = await edit(ana, network, () => removeActors([team.id]));
    await beto.settled();
    expect(beto.network()!.actors.some((a) => a.id === team.id)).toBe(false);
    expect(beto.network()!.ties.length).toBe(start.ties.length - teamTies);
    expect(beto.network()).toEqual(network);
  });

  it('undoes only my own edits (Y.UndoManager tracking my origin)', async () => {
    const { ana, beto } = await shared();
    const undo = new Y.UndoManager(ana.slots, { trackedOrigins: new Set([ana.origin]) });
    const [x, y] = [start.actors[1]!.id, start.actors[2]!.id];
    await edit(ana, start, (n) => updateActors(n, [x], { influence: 2 }));
    undo.stopCapturing();
    await beto.settled();
    await edit(beto, beto.network()!, (n) => updateActors(n, [y], { influence: 3 }));
    await ana.settled();
    undo.undo();
    await Promise.all([ana.settled(), beto.settled()]);
    for (const side of [ana, beto]) {
      const actors = side.network()!.actors;
      expect(actors.find((a) => a.id === x)!.influence).toBe(start.actors[1]!.influence);
      expect(actors.find((a) => a.id === y)!.influence).toBe(3);
    }
  });

  it('keeps an informant’s name on the device it was entered on: the room holds the role alone, and a name changed writes nothing', async () => {
    const { ana, beto } = await shared();
    const session = {
      id: 's',
      question: '¿Quién?',
      linkTypes: [{ id: 'info', name: 'información', colour: '#1f77b4', tieType: 'information' as const }],
      goals: [],
      informants: [{ id: 'mesa', label: 'Mesa: dirigente', name: 'Juana Quispe' }],
    };
    const named = { ...start, mapping: { sessions: [session], answers: [] } };
    await ana.write(ana.changesOf(start, named));
    // Beto's copy has the session under its role, without the name.
    expect(beto.network()!.mapping!.sessions[0]!.informants).toEqual([{ id: 'mesa', label: 'Mesa: dirigente' }]);
    // Only the name changed: nothing for the room.
    const renamed = {
      ...named,
      mapping: { ...named.mapping, sessions: [{ ...session, informants: [{ ...session.informants[0]!, name: 'J. Q.' }] }] },
    };
    expect(ana.changesOf(named, renamed)).toEqual([]);
  });

  it('keeps both meetings when two people record one each while apart; a change and a removal reach the other copy', async () => {
    const { ana, beto, link, reconnect } = await shared();
    const [a, b] = start.actors;
    const meeting = (id: string, date: string) => ({
      id,
      kind: 'meeting' as const,
      date,
      topic: `Reunión ${id}`,
      region: 'PE-CUS',
      place: '',
      participants: [
        { actor: a!.id, role: 'convened' as const },
        { actor: b!.id, role: 'attended' as const },
      ],
      outcome: '',
      sources: [],
      basis: 'documented' as const,
    });
    link.connected = false;
    await edit(ana, start, (n) => putRecord(n, 'engagements', meeting('m-ana', '2025-03-10')));
    const betoNext = await edit(beto, start, (n) => putRecord(n, 'engagements', meeting('m-beto', '2025-03-12')));
    reconnect();
    await Promise.all([ana.settled(), beto.settled()]);
    // Each meeting is a value of its own: neither overwrote the other (as one value of the meta, one would be lost).
    const ids = (side: SharedNetwork) => (side.network()!.engagements ?? []).map((e) => e.id);
    expect(
      ids(ana)
        .filter((id) => id.startsWith('m-'))
        .sort(),
    ).toEqual(['m-ana', 'm-beto']);
    expect(
      ids(beto)
        .filter((id) => id.startsWith('m-'))
        .sort(),
    ).toEqual(['m-ana', 'm-beto']);
    // The sample's own engagements are there too.
    expect(ids(ana)).toHaveLength((start.engagements?.length ?? 0) + 2);
    // What the app on Beto's side applies: the records that arrived, one edit. A meeting Beto saved meanwhile and
    // has not yet written to the room stays on his screen.
    const local = applyEdit(betoNext, putRecord(betoNext, 'engagements', meeting('m-local', '2025-03-13'))).network;
    const arrived = beto.takeArrived().record;
    expect([...arrived]).toContain('engagements/m-ana');
    const onBeto = applyEdit(local, arrivedRecordsEdit(local, beto.network()!, arrived)!).network;
    expect(onBeto.engagements?.map((e) => e.id).filter((id) => id.startsWith('m-'))).toEqual(['m-beto', 'm-local', 'm-ana']);
    // The whole comparison, as at a reconnection, would have taken it away: the room does not have it yet.
    const whole = applyEdit(local, recordsEditBetween(local, beto.network()!)!).network;
    expect(whole.engagements?.some((e) => e.id === 'm-local')).toBe(false);
    // Ana changes her meeting's outcome and Beto removes his: both reach the other copy.
    const held = ana.network()!;
    await edit(ana, held, (n) => putRecord(n, 'engagements', { ...meeting('m-ana', '2025-03-10'), outcome: 'Acta firmada' }));
    await edit(beto, beto.network()!, (n) => removeRecords(n, 'engagements', new Set(['m-beto'])));
    await Promise.all([ana.settled(), beto.settled()]);
    expect(beto.network()!.engagements?.filter((e) => e.id.startsWith('m-'))).toEqual([
      expect.objectContaining({ id: 'm-ana', outcome: 'Acta firmada' }),
    ]);
    expect(ana.network()!.engagements).toEqual(beto.network()!.engagements);
  });

  it('holds no readable name, note or id for the server: names hidden, values sealed', async () => {
    const { a } = await shared();
    const stored = new TextDecoder('latin1').decode(Y.encodeStateAsUpdate(a));
    for (const actor of start.actors.slice(0, 20)) {
      const name = typeof actor.name === 'string' ? actor.name : actor.name.es;
      expect(stored).not.toContain(name);
      // Ids of 10 characters or more (a short one such as "mef" turns up by chance in 100 kB of random bytes).
      if (actor.id.length >= 10) expect(stored).not.toContain(actor.id);
    }
    expect(stored).not.toContain('influence');
  });

  it('with another key: says the key does not open the map, and shows nothing', async () => {
    const { a } = await shared();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(a));
    const stranger = new SharedNetwork(other, await roomKeys(newRoom()), 'eve');
    expect(await stranger.load()).toEqual([expect.objectContaining({ kind: 'key' })]);
    expect(stranger.network()).toBeNull();
  });

  it('rejects a value changed or moved on the server, reports it, and keeps the value it had', async () => {
    const { a, beto, ana } = await shared();
    const id = start.actors[0]!.id;
    const slots = slotsOf(a);
    const names = [...slots.keys()];
    // Flip one byte of one value: it no longer opens (AES-GCM's tag).
    const [first, second] = names;
    const damaged = slots.get(first!)!.slice();
    damaged[20] = damaged[20]! ^ 1;
    const beforeB = beto.network();
    a.transact(() => slots.set(first!, damaged), 'server');
    // Move another value under a third one's name: it opens under none but its own (the name is sealed with it).
    a.transact(() => slots.set(names[2]!, slots.get(second!)!.slice()), 'server');
    await Promise.all([ana.settled(), beto.settled()]);
    expect(beto.problems.map((p) => p.kind)).toEqual(['sealed', 'sealed']);
    expect(beto.network()).toEqual(beforeB);
    expect(beto.network()!.actors.find((x) => x.id === id)).toEqual(start.actors[0]);
  });

  it('catches up with an edit saved on this device but not sealed (the page killed between), never undoing another person', async () => {
    const { ana, beto } = await shared();
    const [x, y] = [start.actors[6]!.id, start.actors[7]!.id];
    // Ana's browser saved an edit of x and of y and was killed before sealing them (1 and 2 differ from the sample's
    // values of both); meanwhile Beto changed y.
    expect([start.actors[6]!.influence, start.actors[7]!.influence]).not.toContain(1);
    let saved = applyEdit(start, updateActors(start, [x], { influence: 1 })).network;
    saved = applyEdit(saved, updateActors(saved, [y], { influence: 1 })).network;
    await edit(beto, start, (n) => updateActors(n, [y], { influence: 5 }));
    await ana.settled();
    const changes = ana.catchUp(saved);
    // x's influence is Ana's to write (the value there is her own first share); y's is Beto's now: left alone.
    expect(changes).toEqual([{ kind: 'actor', id: x, field: 'influence', value: 1 }]);
    await ana.write(changes);
    await beto.settled();
    expect(beto.network()!.actors.find((a) => a.id === x)!.influence).toBe(1);
    expect(beto.network()!.actors.find((a) => a.id === y)!.influence).toBe(5);
  });

  it('keeps every edit in its history with who and when, the overwritten one of two at once too', async () => {
    let clock = 1_000;
    const room = newRoom();
    const keys = await roomKeys(room);
    const { a, b, link, reconnect } = pair();
    const ana = new SharedNetwork(a, keys, 'ana', () => clock++);
    const beto = new SharedNetwork(b, keys, 'beto', () => clock++);
    await ana.start(start);
    await beto.load();
    const actor = start.actors[5]!;
    link.connected = false;
    await edit(ana, start, (n) => updateActors(n, [actor.id], { influence: 1 }));
    await edit(beto, start, (n) => updateActors(n, [actor.id], { influence: 5 }));
    reconnect();
    await Promise.all([ana.settled(), beto.settled()]);
    const [fromAna, fromBeto] = [await ana.history(), await beto.history()];
    // The first share is not an edit: two entries, the same on both sides, in the same order.
    expect(fromAna).toEqual(fromBeto);
    expect(fromAna.unreadable).toBe(0);
    const entries = [...fromAna.entries].sort((x, y) => x.at - y.at);
    expect(entries).toEqual([
      {
        by: 'ana',
        at: expect.any(Number),
        changes: [{ kind: 'actor', id: actor.id, field: 'influence', before: actor.influence, after: 1 }],
      },
      {
        by: 'beto',
        at: expect.any(Number),
        changes: [{ kind: 'actor', id: actor.id, field: 'influence', before: actor.influence, after: 5 }],
      },
    ]);
    // Whichever value won, the other is in the history, to be restored.
    const final = ana.network()!.actors.find((x) => x.id === actor.id)!.influence;
    expect(entries.map((e) => e.changes[0]!.after)).toContain(final === 1 ? 5 : 1);
    // Nothing of it is readable in the document.
    expect(new TextDecoder('latin1').decode(Y.encodeStateAsUpdate(a))).not.toContain('beto');
  });

  it('follows 200 edits made elsewhere, one arrival at a time, to the very network a newcomer opens', async () => {
    // Ana makes a seeded mix of edits (fields, actors and ties added and removed); Beto brings each arrival into
    // the network he shows with only what it touched. After each, his network is the room's; at the end both are
    // what a third copy, opened from the whole document, reads.
    const { ana, beto, b, keys } = await shared();
    let shown = beto.network()!;
    beto.takeArrived();
    beto.onchange(() => {
      const edit = editOfChanges(shown, beto.network()!, beto.takeArrived());
      if (edit) shown = applyEdit(shown, edit).network;
    });
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let network = start;
    for (let i = 0; i < 200; i++) {
      const actor = network.actors[random(network.actors.length)]!;
      const other = network.actors[random(network.actors.length)]!;
      const tie = network.ties[random(network.ties.length)];
      const step = random(7);
      const make =
        step === 0
          ? updateActors(network, [actor.id], { influence: ((i % 5) + 1) as 1 })
          : step === 1
            ? updateActors(network, [actor.id], { notes: `nota ${i}` })
            : step === 2 && tie
              ? updateTies(network, [tie.id], { trust: ((i % 5) + 1) as 1 })
              : step === 3
                ? addActor(network, { ...actor, id: `nuevo-${i}`, name: `Nuevo ${i}` })
                : step === 4 && actor.id !== other.id
                  ? addTie(network, { ...start.ties[0]!, id: `vinculo-${i}`, source: actor.id, target: other.id })
                  : step === 5 && tie
                    ? removeTies([tie.id])
                    : removeActors([actor.id]);
      network = await edit(ana, network, () => make);
      await beto.settled();
      expect(shown).toEqual(network);
    }
    const third = new SharedNetwork(new Y.Doc(), keys, 'carla');
    Y.applyUpdate(third.doc, Y.encodeStateAsUpdate(b));
    await third.load();
    expect(third.network()).toEqual(network);
    expect(beto.network()).toEqual(network);
  }, 60_000);

  it("shares where actors are drawn: a move reaches the other copy, outside the history and each person's undo", async () => {
    const { ana, beto } = await shared();
    const undo = new Y.UndoManager(ana.slots, { trackedOrigins: new Set([ana.origin]) });
    const [x, y] = [start.actors[0]!.id, start.actors[1]!.id];
    // Ana drags x to (10.04, -20) by hand: stored rounded to a tenth, pinned. y at (5, 5) was laid out.
    await ana.write(ana.placeChanges({ [x]: { x: 10.04, y: -20 }, [y]: { x: 5, y: 5 } }, [x]), false, ana.placing);
    await beto.settled();
    expect(beto.places()).toEqual({ positions: { [x]: { x: 10, y: -20 }, [y]: { x: 5, y: 5 } }, pinned: [x] });
    expect([...beto.takeMoved()].sort()).toEqual([x, y].sort());
    // Moving y by less than half a unit is no change; by 0.5 it is, and pinning x again is none.
    expect(ana.placeChanges({ [y]: { x: 5.3, y: 5 }, [x]: { x: 10, y: -20 } }, [x])).toEqual([]);
    expect(ana.placeChanges({ [y]: { x: 5.5, y: 5 } }, [x])).toEqual([{ kind: 'place', id: y, field: '', value: { x: 5.5, y: 5 } }]);
    // Ana's undo has nothing of it; the history neither.
    expect(undo.undoStack.length).toBe(0);
    expect((await ana.history()).entries).toEqual([]);
  });

  it('puts an undo in the history as an edit of whoever undid, with the values swapped back', async () => {
    const { ana, beto } = await shared();
    const undo = new Y.UndoManager(ana.slots, { trackedOrigins: new Set([ana.origin]) });
    const actor = start.actors[2]!;
    await edit(ana, start, (n) => updateActors(n, [actor.id], { influence: 1 }));
    // Ana undoes: influence 1 → what it was; the history says so, as hers, marked an undo.
    // What the undo's own transaction set (as ShareConnection.step collects it), against the values before it.
    const before = ana.snapshot();
    const names = new Set<string>();
    const seen = (event: Y.YMapEvent<Uint8Array>, transaction: Y.Transaction) => {
      if (transaction.origin === undo) for (const name of event.keysChanged) names.add(name);
    };
    ana.slots.observe(seen);
    undo.undo();
    ana.slots.unobserve(seen);
    await ana.settled();
    await ana.logSince(before, 'undo', names);
    await beto.settled();
    const { entries } = await beto.history();
    expect(entries.map((e) => [e.by, e.step ?? null])).toEqual([
      ['ana', null],
      ['ana', 'undo'],
    ]);
    expect(entries[1]!.changes).toEqual([{ kind: 'actor', id: actor.id, field: 'influence', before: 1, after: actor.influence }]);
    expect(beto.network()!.actors[2]!.influence).toBe(actor.influence);
  });
});
