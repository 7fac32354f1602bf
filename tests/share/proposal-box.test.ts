// Participants' proposals in a room of their own: the room an editor of the map derives, the phone's link, and
// thirty phones writing at once without overwriting each other, the facilitator's verdicts beside them.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newRoom, parseFragment, parseProposeFragment, proposalsRoom, proposeFragment, roomKeys } from '../../src/share/room-key';
import { ProposalBox } from '../../src/share/proposal-box';
import type { Proposal } from '../../src/model/proposals';

/** The server's room pattern (src/cli/serve-command.ts). */
const ROOM = /^[A-Za-z0-9_-]{22}$/;

describe('proposalsRoom(link)', () => {
  it('gives every editor of a map the same room and token, both shaped as the server wants, and the phone a link to it', () => {
    const map = newRoom();
    const once = proposalsRoom(map);
    expect(proposalsRoom({ ...map })).toEqual(once);
    expect(once.room).toMatch(ROOM);
    expect(once.token).toMatch(ROOM);
    expect(once.room).not.toBe(map.room);
    expect(once.token).not.toBe(map.token);
    expect(once.map).toEqual({ room: map.room, key: map.key });
    // Another map, another room.
    expect(proposalsRoom(newRoom()).room).not.toBe(once.room);
    const fragment = `#${proposeFragment(once, 'sesión 1')}`;
    expect(fragment).toMatch(/&session=sesi%C3%B3n%201$/);
    expect(parseProposeFragment(fragment)).toEqual({ ...once, session: 'sesión 1' });
    // Not a link to the map itself: the app's shell leaves it alone.
    expect(parseFragment(fragment)).toEqual({ problem: 'missing' });
  });

  it('is an editor’s only: a viewer of the map (no token) cannot find it', () => {
    const { room, key } = newRoom();
    expect(() => proposalsRoom({ room, key })).toThrow(/only an editor/);
  });

  it('refuses a phone link of the wrong shape', () => {
    const good = proposeFragment(proposalsRoom(newRoom()), 's').replace('&session=s', '');
    expect(parseProposeFragment('#/network')).toBeNull();
    // No session named.
    expect(parseProposeFragment(`#${good}`)).toBeNull();
    expect(parseProposeFragment(`#${good}.extra&session=s`)).toBeNull();
    expect(parseProposeFragment(`#${good.slice(0, -2)}&session=s`)).toBeNull();
    expect(parseProposeFragment(`#${good}&session=s`)).not.toBeNull();
  });
});

const proposal = (by: string, n: number): Proposal => ({
  id: `${by}-${n}`,
  session: 's',
  by: { id: by },
  at: n,
  body: { kind: 'influence', actor: { id: 'a' }, tower: n % 9 },
});

describe('ProposalBox', () => {
  it('keeps every proposal of thirty phones writing at once, and a verdict beside each, sealed', async () => {
    const keys = await roomKeys(newRoom());
    const hub = new Y.Doc();
    const phones = Array.from({ length: 30 }, () => new Y.Doc());
    // Each phone writes two proposals while apart, then all updates meet in the hub (as on the server).
    await Promise.all(phones.map((doc, i) => Promise.all([1, 2].map((n) => new ProposalBox(doc, keys).propose(proposal(`p${i}`, n))))));
    for (const doc of phones) Y.applyUpdate(hub, Y.encodeStateAsUpdate(doc));
    const facilitator = new ProposalBox(hub, keys);
    const read = await facilitator.read();
    expect(read.proposals).toHaveLength(60);
    expect(read.unreadable).toBe(0);
    // Oldest first (at 1 before at 2).
    expect(read.proposals[0]!.at).toBe(1);

    await facilitator.judge('p3-2', { status: 'accepted', at: 9 });
    const phone = phones[3]!;
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(hub));
    const seen = await new ProposalBox(phone, keys).read();
    expect(seen.verdicts.get('p3-2')).toEqual({ status: 'accepted', at: 9 });

    // Nothing readable on the server: the participant's actor and tower are not in the bytes.
    const bytes = new TextDecoder('latin1').decode(Y.encodeStateAsUpdate(hub));
    expect(bytes).not.toContain('influence');
    expect(bytes).not.toContain('accepted');
  });

  it('does not open a value under another key, nor one moved to another proposal’s key', async () => {
    const keys = await roomKeys(newRoom());
    const doc = new Y.Doc();
    const box = new ProposalBox(doc, keys);
    await box.propose(proposal('ana', 1));
    box.proposals.set('ana-2', box.proposals.get('ana-1')!);
    const other = new ProposalBox(doc, await roomKeys(newRoom()));
    expect((await box.read()).proposals.map((p) => p.id)).toEqual(['ana-1']);
    expect((await box.read()).unreadable).toBe(1);
    expect((await other.read()).unreadable).toBe(2);
  });
});
