import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../../src/model/validate';
import { checkRecord } from '../../src/model/validate-records';
import type { Commitment, EngagementRecord, Incident } from '../../src/model/types';
import {
  commitmentToDraft,
  draftToCommitmentInput,
  draftToEngagementInput,
  draftToIncidentInput,
  emptyCommitmentDraft,
  emptyEngagementDraft,
  emptyIncidentDraft,
  engagementToDraft,
  incidentToDraft,
  newRecordId,
} from '../../src/views/records/record-drafts';
import lima from '../../data/lima-2010.json';

const base = parseNetwork(lima).network!;

const roundTable: EngagementRecord = {
  id: 'mesa-2010',
  kind: 'round_table',
  date: '2010-02-25',
  topic: { es: 'Mesa redonda', en: 'Round table' },
  region: 'PE-LMA',
  place: 'Lima',
  participants: [
    { actor: 'socios-peru', role: 'convened' },
    { actor: 'international-alert', role: 'attended' },
    { actor: 'defensoria', role: 'invited' },
  ],
  outcome: { es: 'Plan de trabajo propuesto', en: 'A proposed work plan' },
  sources: [{ doc: 'informe.pdf', locator: 'Anexo 4' }],
  basis: 'documented',
};
const promise: Commitment = {
  id: 'plan',
  what: 'Enviar el plan de trabajo',
  by: ['socios-peru'],
  to: [],
  engagement: 'mesa-2010',
  made: '2010-02-25',
  due: '2010-04',
  status: 'in_progress',
  history: [{ date: '2010-03-01', status: 'in_progress' }],
  evidence: '',
  sources: [],
  basis: 'assumed',
};
const protest: Incident = {
  id: 'paro',
  kind: 'protest',
  date: '2010-06',
  region: 'PE-CUS',
  place: '',
  involved: [{ actor: 'defensoria', role: 'responder' }],
  severity: 2,
  description: '',
  sources: [],
  basis: 'assumed',
};
const network = { ...base, engagements: [roundTable], commitments: [promise], incidents: [protest] };

describe('record form drafts', () => {
  it('round-trips an engagement, a commitment and an incident through their forms unchanged', () => {
    expect(checkRecord('engagements', draftToEngagementInput(engagementToDraft(roundTable)), network, roundTable.id)).toEqual({
      record: roundTable,
      problems: [],
    });
    expect(checkRecord('commitments', draftToCommitmentInput(commitmentToDraft(promise, '2025-06-01')), network, promise.id)).toEqual({
      record: promise,
      problems: [],
    });
    expect(checkRecord('incidents', draftToIncidentInput(incidentToDraft(protest)), network, protest.id)).toEqual({
      record: protest,
      problems: [],
    });
  });

  it('adds a change of status, dated as typed, only when the status changed', () => {
    const draft = commitmentToDraft(promise, '2025-06-01');
    draft.status = 'done';
    draft.statusDate = '2025-05-30';
    const { record } = checkRecord('commitments', draftToCommitmentInput(draft), network, promise.id);
    expect(record?.history).toEqual([
      { date: '2010-03-01', status: 'in_progress' },
      { date: '2025-05-30', status: 'done' },
    ]);
  });

  it('starts a new meeting today with the actors it was opened from, attending, and drops rows left empty', () => {
    const draft = emptyEngagementDraft(['sase', 'desco'], '2025-06-01');
    expect(draft.date).toBe('2025-06-01');
    expect(draft.participants).toEqual([
      { actor: 'sase', role: 'attended' },
      { actor: 'desco', role: 'attended' },
    ]);
    draft.participants.push({ actor: '', role: 'attended' });
    draft.topic = 'Seguimiento';
    draft.id = newRecordId('engagements', draft, network.engagements);
    const { record, problems } = checkRecord('engagements', draftToEngagementInput(draft), network);
    expect(problems).toEqual([]);
    expect(record?.id).toBe('2025-06-01-seguimiento');
    expect(record?.participants.map((p) => p.actor)).toEqual(['sase', 'desco']);
    // No source: a record typed in starts assumed, as a new actor does.
    expect(record?.basis).toBe('assumed');
  });

  it('starts a commitment at its engagement, made on its day, pending', () => {
    const draft = emptyCommitmentDraft([], '2025-06-01', roundTable);
    expect([draft.engagement, draft.made, draft.status]).toEqual(['mesa-2010', '2010-02-25', 'pending']);
    // One empty row to fill in for who promised; empty rows are not saved.
    expect(draft.by).toEqual([{ actor: '', role: '' }]);
    draft.what = 'Informe';
    expect(draftToCommitmentInput(draft).by).toEqual([]);
  });

  it('reads an unassessed severity as null', () => {
    const draft = emptyIncidentDraft(['defensoria'], '2025-06-01');
    expect(draftToIncidentInput(draft)).toMatchObject({ severity: null, involved: [{ actor: 'defensoria', role: 'other' }] });
  });

  it('makes ids unique in their list and names them from what the record is', () => {
    const draft = { ...emptyEngagementDraft([], '2010-02-25'), topic: 'Mesa' };
    // "2010-02-25 Mesa" → "2010-02-25-mesa"; taken once, so the next is "-2".
    const taken = [{ ...roundTable, id: '2010-02-25-mesa' }];
    expect(newRecordId('engagements', draft, taken)).toBe('2010-02-25-mesa-2');
    expect(newRecordId('commitments', { ...emptyCommitmentDraft([], '2025-06-01'), what: '' }, [])).toBe('commitment');
  });
});
