// The proposals room of a shared map, on the real server (no change to it): the facilitator's derived token is the
// room's editors' token, phones given it write there, anyone else who finds the room id only reads; what is
// proposed is kept across a restart, and the server holds nothing it can read.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { newRoom, proposalsRoom, roomKeys, toBase64Url, type ProposalsLink } from '../../src/share/room-key';
import { ProposalBox } from '../../src/share/proposal-box';
import type { Proposal } from '../../src/model/proposals';
import { freePort, join, serve, until, type Client, type Served } from './harness';

let data: string;
let port: number;
let server: Served | null = null;
const clients: Client[] = [];

beforeAll(async () => {
  data = mkdtempSync(joinPath(tmpdir(), 'puentes-proposals-'));
  port = await freePort();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.kill();
  server = null;
});
afterAll(() => rmSync(data, { recursive: true, force: true }));

/** A client of the proposals room with `token` (none: a viewer), and its box of proposals. */
async function member(link: ProposalsLink, who: string, token?: string) {
  const client = await join(port, { room: link.room, key: link.map.key, ...(token ? { token } : {}) }, who);
  clients.push(client);
  return { client, box: new ProposalBox(client.doc, await roomKeys(link.map)) };
}

const proposal = (by: string, n: number): Proposal => ({
  id: `${by}-${n}`,
  session: 'sesion-1',
  by: { id: by, pseudonym: 'Lucha' },
  at: n,
  body: { kind: 'actor', name: 'Comisaría de Espinar', sector: 'security_forces' },
});

describe('the proposals room on puentes serve', { timeout: 60_000 }, () => {
  it('lets the phones holding the derived token write, and only read anyone else who finds the room', async () => {
    server = await serve(data, port);
    const link = proposalsRoom(newRoom());
    // The facilitator first: the derived token becomes the room's editors' token.
    const desk = await member(link, 'facilitadora', link.token);
    const phone = await member(link, 'telefono', link.token);
    const intruder = await member(link, 'intrusa', toBase64Url(crypto.getRandomValues(new Uint8Array(16))));
    const viewer = await member(link, 'visita');

    await phone.box.propose(proposal('lucha', 1));
    await until(() => desk.box.proposals.size === 1, 'the phone’s proposal at the facilitator');
    expect((await desk.box.read()).proposals[0]!.by.pseudonym).toBe('Lucha');

    // Written by those without the token: kept on their own copies, refused by the server, reaching nobody.
    await intruder.box.propose(proposal('intrusa', 1));
    await viewer.box.judge('lucha-1', { status: 'declined', at: 2 });
    await desk.box.judge('lucha-1', { status: 'accepted', actor: 'comisaria-de-espinar', at: 3 });
    await until(() => phone.box.verdicts.size === 1, 'the verdict at the phone');
    await new Promise((r) => setTimeout(r, 500));
    expect([...desk.box.proposals.keys()]).toEqual(['lucha-1']);
    expect((await phone.box.read()).verdicts.get('lucha-1')).toEqual({ status: 'accepted', actor: 'comisaria-de-espinar', at: 3 });

    // Kept across a restart; the file holds nothing readable.
    await desk.client.sent();
    await phone.client.sent();
    await server.kill();
    for (const c of clients.splice(0)) c.destroy();
    server = await serve(data, port);
    const again = await member(link, 'facilitadora', link.token);
    await until(() => again.box.proposals.size === 1 && again.box.verdicts.size === 1, 'the proposals after a restart');
    const file = readFileSync(joinPath(data, `${link.room}.ydoc`)).toString('latin1');
    expect(file).not.toContain('Comisar');
    expect(file).not.toContain('Lucha');
  });
});
