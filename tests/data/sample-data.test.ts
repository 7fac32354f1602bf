import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/model/localized';
import { parseNetwork } from '../../src/model/validate';
import { BASES } from '../../src/model/vocabularies';
import { basisOf } from '../../src/model/basis';
import { presentAt, recordsOf } from '../../src/model/records';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';
import regions from '../../data/peru-regions.json';

const SEEDS = ['000_b5b1e35cb58c978d.txt', '001_a27e96a924adcccd.txt'];
const samples = { 'lima-2010': lima, 'macro-sur-2017': macroSur };

describe.each(Object.entries(samples))('data/%s.json', (_name, file) => {
  const { network, problems } = parseNetwork(file);

  it('gives every actor and tie its text in Spanish and in English: names, short names, notes, locators, roles', () => {
    const both = (text: unknown, where: string) => {
      expect(typeof text === 'object' && text !== null, where).toBe(true);
      const { es, en } = text as { es: string; en: string };
      expect(es.trim().length > 0 && en.trim().length > 0, where).toBe(true);
    };
    for (const actor of network!.actors) {
      both(actor.name, `${actor.id}.name`);
      if (actor.shortName) both(actor.shortName, `${actor.id}.shortName`);
      if (actor.notes) both(actor.notes, `${actor.id}.notes`);
      actor.contacts.forEach((c, i) => both(c.role, `${actor.id}.contacts[${i}].role`));
    }
    for (const tie of network!.ties) if (tie.notes) both(tie.notes, `${tie.id}.notes`);
    for (const record of [...network!.actors, ...network!.ties])
      record.sources.forEach((s, i) => both(s.locator, `${record.id}.sources[${i}]`));
  });

  it('has no "documented" record without a source, and no trust or strength the sources do not grade', () => {
    for (const record of [...network!.actors, ...network!.ties]) {
      if (record.basis === 'documented') expect(record.sources.length, record.id).toBeGreaterThan(0);
    }
    // Neither seed grades a relationship's trust or strength: every one is "not assessed".
    expect(network!.ties.filter((t) => t.trust !== null || t.strength !== null).map((t) => t.id)).toEqual([]);
  });

  it('validates with zero problems and keeps every record', () => {
    expect(problems).toEqual([]);
    expect(network?.actors).toHaveLength(file.actors.length);
    expect(network?.ties).toHaveLength(file.ties.length);
    expect(network?.engagements).toHaveLength(file.engagements.length);
    expect(network?.commitments).toHaveLength(file.commitments.length);
    expect(network?.incidents).toHaveLength(file.incidents.length);
  });

  it('gives every engagement, commitment and incident a source in a seed, a basis, and its words in Spanish and English', () => {
    const { engagements, commitments, incidents } = recordsOf(network!);
    const both = (text: unknown, where: string) => {
      const { es, en } = (typeof text === 'object' && text !== null ? text : {}) as { es?: string; en?: string };
      expect(!!es?.trim() && !!en?.trim(), where).toBe(true);
    };
    for (const record of [...engagements, ...commitments, ...incidents]) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const source of record.sources) {
        expect(SEEDS, `${record.id}: ${source.doc}`).toContain(source.doc);
        both(source.locator, `${record.id}: locator`);
      }
      expect(BASES, record.id).toContain(record.basis);
      // Every record cites the seed's words for what it states.
      expect(
        record.sources.some((s) => s.quote),
        record.id,
      ).toBe(true);
    }
    for (const e of engagements) {
      both(e.topic, `${e.id}.topic`);
      if (e.outcome) both(e.outcome, `${e.id}.outcome`);
      if (e.place) both(e.place, `${e.id}.place`);
    }
    for (const c of commitments) {
      both(c.what, `${c.id}.what`);
      if (c.evidence) both(c.evidence, `${c.id}.evidence`);
    }
  });

  it('names only actors of the network in its records, with a role in the vocabulary', () => {
    const ids = new Set(network!.actors.map((a) => a.id));
    const { engagements, commitments } = recordsOf(network!);
    for (const e of engagements) for (const p of e.participants) expect(ids, `${e.id}: ${p.actor}`).toContain(p.actor);
    for (const c of commitments) for (const id of [...c.by, ...c.to]) expect(ids, `${c.id}: ${id}`).toContain(id);
  });

  it('gives every actor and tie a source in a seed and a basis', () => {
    for (const record of [...file.actors, ...file.ties]) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const source of record.sources) {
        expect(SEEDS, `${record.id}: ${source.doc}`).toContain(source.doc);
        expect(localize(source.locator, 'es').length, record.id).toBeGreaterThan(0);
        expect(localize(source.locator, 'en').length, record.id).toBeGreaterThan(0);
      }
      expect(BASES, record.id).toContain(record.basis);
    }
  });

  it('marks every influence value with its basis, since the seeds rate no influence', () => {
    for (const actor of network?.actors ?? []) {
      if (actor.influence !== null) expect(actor.fieldBasis.influence, actor.id).toBe('assumed');
    }
  });
});

describe('the sample data as a whole', () => {
  it('holds no e-mail address and no phone number anywhere in data/', () => {
    for (const name of ['lima-2010.json', 'macro-sur-2017.json', 'peru-regions.json']) {
      const text = readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
      expect(text, name).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z.]{2,}/);
      // Phone numbers: "+51 1 234 5678", "(01) 234-5678", or seven digits in a row. Dates (2010-02-25) do not match.
      expect(text, name).not.toMatch(/\(?\+?\d{1,4}\)?[\s-]\d{3}[\s-]\d{3,4}\b|\b\d{7,}\b/);
    }
  });

  it('keeps scores the seeds do not support empty (the review of issue 10)', () => {
    const lima2010 = parseNetwork(lima).network!;
    const byId = new Map(lima2010.actors.map((a) => [a.id, a]));
    const capacities = (id: string) => byId.get(id)!.capacities;
    // "the state's response is often reactive and has a limited capacity to prevent conflicts" (IV.c): no capacity is graded.
    for (const id of ['defensoria', 'pcm-conflicts', 'minem', 'international-alert', 'socios-peru', 'ministry-of-justice']) {
      expect(capacities(id), id).toEqual({ technical: null, humanRights: null, conflictPrevention: null, impartiality: null });
    }
    // Not interviewed is not "unaware".
    for (const id of ['ministry-of-justice', 'pnp', 'snmpe', 'majaz', 'ayabaca-huancabamba-communities', 'cajamarca-protesters']) {
      expect(byId.get(id)!.engagement, id).toBeNull();
    }
    // "expressed their interest and offered their support" is supportive (+1), not a champion (+2).
    for (const id of ['antamina', 'yanacocha', 'red-muqui', 'uk-government']) expect(byId.get(id)!.stance, id).toBe(1);
    // VPs membership of parents and governments is outside the seeds.
    for (const id of [
      'bhp-billiton',
      'newmont',
      'anglo-american',
      'xstrata-copper',
      'uk-government',
      'us-government',
      'norway-government',
    ]) {
      expect(byId.get(id)!.vpStatus, id).toBeNull();
    }
    // The finding on Peruvian civil society does not reach international NGOs.
    expect(byId.get('amnesty-international')!.vpKnowledge).toBeNull();
    expect(byId.get('oxfam')!.vpKnowledge).toBeNull();
    // Foreign actors and the round table get no Peruvian region.
    for (const id of ['uk-government', 'us-government', 'gtz', 'international-alert', 'round-table-2010'])
      expect(byId.get(id)!.region, id).toBeNull();
    // "considered a neutral institution by all actors": a documented impartiality finding with its quote.
    const idehpucp = byId.get('idehpucp')!;
    expect(idehpucp.capacities.impartiality).toBe(3);
    expect(idehpucp.fieldBasis.impartiality).toBe('documented');
    expect(idehpucp.sources.some((s) => s.quote?.includes('considered a neutral institution by all actors'))).toBe(true);
    // Wrong aliases are gone.
    const macro = parseNetwork(macroSur).network!;
    expect(macro.actors.find((a) => a.id === 'centro-guaman-poma')!.aliases.join(' ')).not.toMatch(/Bartolom/);
    expect(byId.get('socios-peru')!.aliases.join(' ')).not.toMatch(/Colaboración Cívica/);
  });

  it('keeps the line-by-line audit of the seeds (issue 30): no value or tie the quoted words do not carry', () => {
    const lima2010 = parseNetwork(lima).network!;
    const macro = parseNetwork(macroSur).network!;
    const actor = (net: typeof lima2010, id: string) => net.actors.find((a) => a.id === id)!;
    const tie = (net: typeof lima2010, id: string) => net.ties.find((t) => t.id === id);
    // No seed connects MINEM with Las Bambas, or names who organised the 2017 capacity-building events.
    expect(tie(lima2010, 'dialogue--minem--las-bambas')).toBeUndefined();
    expect(macro.ties.filter((t) => t.target === 'cusco-capacity-building-2017' && t.type === 'training')).toEqual([]);
    // Norway's funds "will support" the study: no date the seed does not give, and no note saying it is done.
    expect(tie(lima2010, 'funding--norway-government--feasibility-study-2010')!.since).toBeUndefined();
    for (const id of ['iblf', 'norway-government'])
      expect(`${localize(actor(lima2010, id).notes, 'es')} ${localize(actor(lima2010, id).notes, 'en')}`, id).not.toMatch(
        /supervised|disbursed|contracted|funded|supervisó|desembolsó|contrató|financió/i,
      );
    // "the SHRIM supported a pilot project": both its funding ties rest on the one word, so on one basis.
    expect(tie(macro, 'funding--shrim--cusco-working-group')!.basis).toBe('inferred');
    expect(tie(macro, 'funding--shrim--macro-sur-study-2017')!.basis).toBe('inferred');
    // The "DCAF-ICRC Toolkit" bears both names; that they wrote it together is read from the name.
    expect(tie(macro, 'collaboration--dcaf--icrc')!.basis).toBe('inferred');
    // PRODUCE "will take on the role of group coordinator": said as a plan, in both languages.
    expect(localize(actor(macro, 'produce').notes, 'en')).toMatch(/^Will take on/);
    expect(localize(actor(macro, 'produce').notes, 'es')).toMatch(/^Asumirá/);
    // "recommendations for the executive branch" names no office.
    expect(tie(lima2010, 'information--defensoria--pcm-conflicts')!.basis).not.toBe('documented');
    // Countries, sectors and regions the seeds do not give are not findings.
    for (const [net, id, field] of [
      [lima2010, 'international-alert', 'country'],
      [lima2010, 'iblf', 'country'],
      [lima2010, 'gtz', 'country'],
      [macro, 'dcaf', 'country'],
      [macro, 'icrc', 'country'],
      [lima2010, 'conveagro', 'sector'],
      [lima2010, 'innovapuc', 'sector'],
      [macro, 'cusco-capacity-building-2017', 'region'],
      [macro, 'shrim', 'sector'],
      [macro, 'produce', 'region'],
      [macro, 'mmg', 'country'],
    ] as const)
      expect(basisOf(actor(net, id), field), `${id}.${field}`).not.toBe('documented');
    // Bogotá is where Rio Tinto and Cerrejón were interviewed, not where they operate.
    for (const id of ['rio-tinto', 'cerrejon']) expect(actor(lima2010, id).region, id).toBeNull();
    // A basis for capacities only where a capacity is assessed.
    for (const a of [...lima2010.actors, ...macro.actors])
      if (Object.values(a.capacities).every((c) => c === null)) expect(a.fieldBasis.capacities, a.id).toBeUndefined();
    // Names as the bodies had them in 2010, and aliases as the seed writes them.
    const dialogue = actor(lima2010, 'grupo-dialogo-mineria');
    expect(localize(dialogue.name, 'es')).toBe('Grupo de Diálogo, Minería y Desarrollo Sostenible');
    expect(dialogue.aliases).toContain('Group, “Dialogo, Minería y Desarrollo”');
    expect(localize(actor(lima2010, 'colombia-human-rights-program').name, 'es')).toMatch(
      /^Programa Presidencial de Derechos Humanos y Derecho Internacional Humanitario/,
    );
    // Both languages name the Ministry of Justice's body as the seed does.
    const justice = actor(lima2010, 'ministry-of-justice').notes;
    expect(localize(justice, 'en')).toContain('National Human Rights Commission');
    expect(localize(justice, 'es')).toContain('Comisión Nacional de Derechos Humanos');
    // Institutions the seed names that were missing, each with its source.
    for (const id of [
      'vps-plenary',
      'vps-secretariat',
      'colombia-government',
      'chamber-of-commerce',
      'central-reserve-bank',
      'ciudadanos-al-dia',
    ])
      expect(actor(lima2010, id)?.sources[0]?.quote, id).toBeTruthy();
  });

  it('keeps every institution of Annex 3, both rows numbered 4 included, and of Annex 4', () => {
    const locators = lima.actors.flatMap((a) => a.sources.map((s) => localize(s.locator, 'en')));
    // Annex 3 numbers 1–37 with "4" twice: 38 rows, one actor each.
    const annex3 = new Set(locators.filter((l) => l.startsWith('Annex 3')));
    expect(annex3.size).toBe(38);
    expect(annex3).toContain('Annex 3 (Interviewees), row 4 (second row numbered 4)');
    // Annex 4 has 20 participant rows; every row is covered by some actor.
    const covered = new Set<number>();
    for (const l of locators.filter((x) => x.startsWith('Annex 4'))) {
      const rows = l.replace(/^.*rows? /, '');
      const [from, to] = rows.split('–').map(Number);
      for (let r = from ?? 0; r <= (to ?? from ?? 0); r++) covered.add(r);
    }
    expect([...covered].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('records the engagements the seeds document, dated no more precisely than they are', () => {
    const limaRecords = recordsOf(parseNetwork(lima).network!);
    const macroRecords = recordsOf(parseNetwork(macroSur).network!);
    const dates = (records: typeof limaRecords) =>
      records.engagements.map((e) => [e.id, e.kind, e.date, e.until ?? null, e.region, e.basis]);
    // II Study Method: "carried out throughout January and March 2010"; IV: interviewed "in Lima and Bogota";
    // Annex 4: "Round Table (25-2-2010)", the one day either seed gives.
    expect(dates(limaRecords)).toEqual([
      ['interviews-2010-lima', 'interview', '2010-01', '2010-03', 'PE-LMA', 'documented'],
      ['interviews-2010-bogota', 'interview', '2010-01', '2010-03', 'CO-DC', 'documented'],
      // "organised in Peru": no region the seed does not give.
      ['round-table-2010-02-25', 'round_table', '2010-02-25', null, null, 'documented'],
    ]);
    // "From February to June 2017" (the study, its workshops inside it), "in August 2017", "in September, November and
    // December 2017", "At the end of 2017" (a year: the note gives no month).
    expect(dates(macroRecords)).toEqual([
      ['study-interviews-2017', 'interview', '2017-02', '2017-06', null, 'documented'],
      ['workshop-2017-apurimac', 'workshop', '2017-02', '2017-06', 'PE-APU', 'inferred'],
      ['workshop-2017-arequipa', 'workshop', '2017-02', '2017-06', 'PE-ARE', 'inferred'],
      ['workshop-2017-cusco', 'workshop', '2017-02', '2017-06', 'PE-CUS', 'inferred'],
      ['workshop-2017-puno', 'workshop', '2017-02', '2017-06', 'PE-PUN', 'inferred'],
      // Assumed: the note gives the decision and its month, not a meeting nor who was in the room.
      ['working-group-set-up-2017-08', 'meeting', '2017-08', null, 'PE-CUS', 'assumed'],
      ['capacity-building-2017-09', 'training', '2017-09', null, null, 'documented'],
      ['capacity-building-2017-11', 'training', '2017-11', null, null, 'documented'],
      ['capacity-building-2017-12', 'training', '2017-12', null, null, 'documented'],
      ['workplan-adoption-2017', 'meeting', '2017', null, 'PE-CUS', 'inferred'],
    ]);
    // Annex 3: 30 rows in Peru (rows 1–29, "4" twice) and 8 in Bogotá; Annex 4: 20 people of 15 institutions.
    const present = (id: string) => presentAt([...limaRecords.engagements, ...macroRecords.engagements].find((e) => e.id === id)!);
    expect(present('interviews-2010-lima')).toHaveLength(2 + 30);
    expect(present('interviews-2010-bogota')).toHaveLength(2 + 8);
    expect(present('round-table-2010-02-25')).toHaveLength(15);
    // The Grupo Impulsor's seven and the observer; the capacity-building events name nobody per event.
    expect(present('working-group-set-up-2017-08')).toHaveLength(8);
    for (const month of ['09', '11', '12']) expect(present(`capacity-building-2017-${month}`), month).toEqual([]);
  });

  it('records commitments and incidents only where a seed states them, and says so', () => {
    const limaNet = parseNetwork(lima).network!;
    const macroNet = parseNetwork(macroSur).network!;
    // The 2010 work plan is "suggestions"; the emblematic cases of 2010 are undated; the 2017 note reports no incident.
    expect([limaNet.commitments, limaNet.incidents, macroNet.incidents]).toEqual([[], [], []]);
    // "adopted a workplan for 2018"; "DCAF was able to secure funding from Switzerland to extend the project".
    expect(macroNet.commitments!.map((c) => [c.id, c.by, c.to, c.engagement ?? null, c.made ?? null, c.status])).toEqual([
      ['workplan-2018', ['cusco-working-group'], [], 'workplan-adoption-2017', '2017', 'pending'],
      ['extension-2018', ['dcaf'], ['cusco-working-group'], null, null, 'pending'],
    ]);
    // No due date the note does not give: nothing in a sample is "overdue" for want of later news.
    expect(macroNet.commitments!.filter((c) => c.due !== undefined)).toEqual([]);
    // Each sample's description says what it holds and what it does not, in both languages.
    for (const [net, words] of [
      [limaNet, { es: /Sin compromisos.*Sin incidentes/, en: /No commitments.*No incidents/ }],
      [macroNet, { es: /Sin incidentes/, en: /No incidents/ }],
    ] as const) {
      expect(localize(net.description, 'es')).toMatch(words.es);
      expect(localize(net.description, 'en')).toMatch(words.en);
    }
  });

  it('gives actors present in both networks one id', () => {
    const limaIds = new Set(lima.actors.map((a) => a.id));
    const shared = macroSur.actors.map((a) => a.id).filter((id) => limaIds.has(id));
    expect(shared.sort()).toEqual(['pnp', 'socios-peru']);
  });

  it('records the 2017 event counts as network facts', () => {
    const facts = Object.fromEntries(macroSur.facts.map((f) => [f.id, f.value]));
    expect(facts).toMatchObject({ 'stakeholders-interviewed': 72, 'event-participants': 115, 'police-participants': 83 });
  });

  it('lists the 26 ISO 3166-2:PE regions, four of them Macro Sur, on distinct tiles', () => {
    expect(regions.regions).toHaveLength(26);
    expect(new Set(regions.regions.map((r) => r.code)).size).toBe(26);
    expect(
      regions.regions
        .filter((r) => r.macroSur)
        .map((r) => r.code)
        .sort(),
    ).toEqual(['PE-APU', 'PE-ARE', 'PE-CUS', 'PE-PUN']);
    expect(new Set(regions.regions.map((r) => `${r.tile.col},${r.tile.row}`)).size).toBe(26);
    const codes = new Set(regions.regions.map((r) => r.code));
    for (const indicator of regions.indicators) {
      expect(indicator.sources.length).toBeGreaterThan(0);
      for (const code of Object.keys(indicator.values)) expect(codes, indicator.id).toContain(code);
    }
  });

  it('places every Peruvian actor in a region the regions file knows', () => {
    const codes = new Set(regions.regions.map((r) => r.code));
    for (const actor of [...lima.actors, ...macroSur.actors]) {
      if (actor.country === 'PE' && actor.region) expect(codes, actor.id).toContain(actor.region);
    }
  });
});

// The seeds are kept beside the repository (../shared/seeds/, docs/data.md); a checkout without them skips this.
const SEED_DIR = new URL('../../../shared/seeds/', import.meta.url);
if (!existsSync(SEED_DIR)) console.warn(`sample-data: no seeds at ${SEED_DIR.pathname}: the check of every quote against them is skipped`);

describe.skipIf(!existsSync(SEED_DIR))('the quotes in the sample data', () => {
  // The seed as plain words: markup (emphasis, a footnote mark's <sup>, the escape in "U\$") dropped, a footnote mark kept as a superscript
  // digit ("Rondas Campesinas³"), white space and line breaks as one space.
  const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const plain = (text: string) =>
    text
      .replace(/<sup>(\d+)<\/sup>/g, (_m, digits: string) => [...digits].map((d) => SUPERSCRIPT[Number(d)]).join(''))
      .replace(/\\\$/g, '$')
      .replace(/\*+/g, '')
      .replace(/\s+/g, ' ');
  // Read when a test runs: a skipped block's body still runs when the tests are collected, with no seeds beside it.
  let read: Record<string, string> | null = null;
  const seedsText = () => (read ??= Object.fromEntries(SEEDS.map((name) => [name, plain(readFileSync(new URL(name, SEED_DIR), 'utf8'))])));

  it.each(Object.entries(samples))('%s: every quote is the seed’s own words, in order, any cut marked “…”', (_name, file) => {
    const misquoted: string[] = [];
    const records = [...file.actors, ...file.ties, ...file.engagements, ...file.commitments, ...file.incidents] as {
      id: string;
      sources: { doc: string; quote?: string }[];
    }[];
    for (const record of records)
      for (const source of record.sources) {
        if (!source.quote) continue;
        let from = 0;
        for (const piece of source.quote.split('…').map((p) => plain(p).trim())) {
          if (!piece) continue;
          const at = seedsText()[source.doc]!.indexOf(piece, from);
          if (at < 0) {
            misquoted.push(`${record.id}: "${piece}"`);
            break;
          }
          from = at + piece.length;
        }
      }
    expect(misquoted).toEqual([]);
  });
});
