/**
 * The controlled vocabularies of the stakeholder model, each value with the
 * key of its label in the catalogues (src/text: `pillar.state`, `basis.assumed`),
 * so that the command line, the exports and the page all say the same thing,
 * in either language, from one place.
 */
import type { PlainKey } from '../text/translate';

/** A value's label: a catalogue key with no placeholders, said with `translate(locale, key)` or `locale.t(key)`. */
export type LabelKey = PlainKey;

/**
 * A text in both languages that is data rather than the product's own words
 * (those are in the catalogues): a region's name from the regions file, a
 * sentence put together in both (a convener candidate's explanation).
 */
export interface Label {
  en: string;
  es: string;
}

export const PILLARS = ['state', 'business', 'civil_society', 'external', 'platform'] as const;
/** The seed's three parties (State, business, civil society), external actors, and multi-stakeholder platforms. */
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_LABELS: Record<Pillar, LabelKey> = {
  state: 'pillar.state',
  business: 'pillar.business',
  civil_society: 'pillar.civil_society',
  external: 'pillar.external',
  platform: 'pillar.platform',
};

export const SECTORS = [
  'state',
  'security_forces',
  'company',
  'private_security',
  'business_association',
  'civil_society',
  'community',
  'academia',
  'foreign_government',
  'international_org',
  'platform',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The pillar each sector belongs to (docs/data.md, "Sectors and pillars"). */
export const SECTOR_PILLAR: Record<Sector, Pillar> = {
  state: 'state',
  security_forces: 'state',
  company: 'business',
  private_security: 'business',
  business_association: 'business',
  civil_society: 'civil_society',
  community: 'civil_society',
  academia: 'civil_society',
  foreign_government: 'external',
  international_org: 'external',
  platform: 'platform',
};

export const SECTOR_LABELS: Record<Sector, LabelKey> = {
  state: 'sector.state',
  security_forces: 'sector.security_forces',
  company: 'sector.company',
  private_security: 'sector.private_security',
  business_association: 'sector.business_association',
  civil_society: 'sector.civil_society',
  community: 'sector.community',
  academia: 'sector.academia',
  foreign_government: 'sector.foreign_government',
  international_org: 'sector.international_org',
  platform: 'sector.platform',
};

export const LEVELS = ['international', 'national', 'regional', 'local'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, LabelKey> = {
  international: 'level.international',
  national: 'level.national',
  regional: 'level.regional',
  local: 'level.local',
};

export const TIE_TYPES = [
  'collaboration',
  'dialogue',
  'coordination',
  'membership',
  'funding',
  'ownership',
  'service',
  'training',
  'information',
  'conflict',
] as const;
export type TieType = (typeof TIE_TYPES)[number];

/** Tie types whose ties run from one actor to another (funder → funded, owner → owned …). */
export const DIRECTED_TIE_TYPES: ReadonlySet<TieType> = new Set<TieType>(['funding', 'ownership', 'service', 'training', 'coordination']);

export const TIE_TYPE_LABELS: Record<TieType, LabelKey> = {
  collaboration: 'tieType.collaboration',
  dialogue: 'tieType.dialogue',
  coordination: 'tieType.coordination',
  membership: 'tieType.membership',
  funding: 'tieType.funding',
  ownership: 'tieType.ownership',
  service: 'tieType.service',
  training: 'tieType.training',
  information: 'tieType.information',
  conflict: 'tieType.conflict',
};

export const ENGAGEMENT_STAGES = ['unaware', 'aware', 'interested', 'committed', 'member'] as const;
export type Engagement = (typeof ENGAGEMENT_STAGES)[number];
export const ENGAGEMENT_LABELS: Record<Engagement, LabelKey> = {
  unaware: 'engagementStage.unaware',
  aware: 'engagementStage.aware',
  interested: 'engagementStage.interested',
  committed: 'engagementStage.committed',
  member: 'engagementStage.member',
};

export const VP_STATUSES = ['member', 'observer', 'none'] as const;
/** Standing in the global Voluntary Principles initiative. */
export type VpStatus = (typeof VP_STATUSES)[number];
export const VP_STATUS_LABELS: Record<VpStatus, LabelKey> = {
  member: 'vpStatus.member',
  observer: 'vpStatus.observer',
  none: 'vpStatus.none',
};

export const BASES = ['documented', 'inferred', 'assumed'] as const;
/** How far a record rests on its source. */
export type Basis = (typeof BASES)[number];
export const BASIS_LABELS: Record<Basis, LabelKey> = {
  documented: 'basis.documented',
  inferred: 'basis.inferred',
  assumed: 'basis.assumed',
};

/** An integer scale with a label for each step. */
export interface Scale {
  min: number;
  max: number;
  labels: Record<number, LabelKey>;
}

/** Net-Map "influence tower" height, Mendelow's power. */
export const INFLUENCE: Scale = {
  min: 1,
  max: 5,
  labels: {
    1: 'influence.1',
    2: 'influence.2',
    3: 'influence.3',
    4: 'influence.4',
    5: 'influence.5',
  },
};

export const VP_KNOWLEDGE: Scale = {
  min: 0,
  max: 3,
  labels: {
    0: 'vpKnowledge.0',
    1: 'vpKnowledge.1',
    2: 'vpKnowledge.2',
    3: 'vpKnowledge.3',
  },
};

export const VP_INTEREST: Scale = {
  min: 0,
  max: 3,
  labels: {
    0: 'vpInterest.0',
    1: 'vpInterest.1',
    2: 'vpInterest.2',
    3: 'vpInterest.3',
  },
};

/** Position toward a VPs process. */
export const STANCE: Scale = {
  min: -2,
  max: 2,
  labels: {
    [-2]: 'stance.-2',
    [-1]: 'stance.-1',
    0: 'stance.0',
    1: 'stance.1',
    2: 'stance.2',
  },
};

export const TRUST: Scale = {
  min: -2,
  max: 2,
  labels: {
    [-2]: 'trustLevel.-2',
    [-1]: 'trustLevel.-1',
    0: 'trustLevel.0',
    1: 'trustLevel.1',
    2: 'trustLevel.2',
  },
};

export const STRENGTH: Scale = {
  min: 1,
  max: 3,
  labels: {
    1: 'strength.1',
    2: 'strength.2',
    3: 'strength.3',
  },
};

/** A capacity used by the facilitator ranking, 0–3. */
export const CAPACITY: Scale = {
  min: 0,
  max: 3,
  labels: {
    0: 'capacity.0',
    1: 'capacity.1',
    2: 'capacity.2',
    3: 'capacity.3',
  },
};

/**
 * The capacities the 2010 study asks of a process facilitator (IV.e).
 * `impartiality` is a finding about how others see the actor (e.g. "considered
 * a neutral institution by all actors"), not a count of its ties.
 */
export const CAPACITY_KEYS = ['technical', 'humanRights', 'conflictPrevention', 'impartiality'] as const;
export type CapacityKey = (typeof CAPACITY_KEYS)[number];
export const CAPACITY_LABELS: Record<CapacityKey, LabelKey> = {
  technical: 'capacityKey.technical',
  humanRights: 'capacityKey.humanRights',
  conflictPrevention: 'capacityKey.conflictPrevention',
  impartiality: 'capacityKey.impartiality',
};

/** The pillar of an actor's sector. */
export function pillarOf(sector: Sector): Pillar {
  return SECTOR_PILLAR[sector];
}

/** Whether ties of this type are directed unless a record says otherwise. */
export function isDirectedType(type: TieType): boolean {
  return DIRECTED_TIE_TYPES.has(type);
}

// ── Engagement records: what happened and what was promised (model/records.ts) ──

export const ENGAGEMENT_KINDS = ['meeting', 'workshop', 'round_table', 'interview', 'training', 'call', 'letter', 'visit'] as const;
/** What kind of contact an engagement was. */
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];
export const ENGAGEMENT_KIND_LABELS: Record<EngagementKind, LabelKey> = {
  meeting: 'engagementKind.meeting',
  workshop: 'engagementKind.workshop',
  round_table: 'engagementKind.round_table',
  interview: 'engagementKind.interview',
  training: 'engagementKind.training',
  call: 'engagementKind.call',
  letter: 'engagementKind.letter',
  visit: 'engagementKind.visit',
};

export const PARTICIPANT_ROLES = ['convened', 'attended', 'invited'] as const;
/** How an actor took part in an engagement; `invited`: invited but absent. */
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, LabelKey> = {
  convened: 'participantRole.convened',
  attended: 'participantRole.attended',
  invited: 'participantRole.invited',
};

export const COMMITMENT_STATUSES = ['pending', 'in_progress', 'done', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, LabelKey> = {
  pending: 'commitmentStatus.pending',
  in_progress: 'commitmentStatus.in_progress',
  done: 'commitmentStatus.done',
  dropped: 'commitmentStatus.dropped',
};
/** Statuses of a commitment still to be kept. */
export const OPEN_STATUSES: ReadonlySet<CommitmentStatus> = new Set<CommitmentStatus>(['pending', 'in_progress']);

export const INCIDENT_KINDS = ['protest', 'road_block', 'confrontation', 'detention', 'complaint', 'attack_on_defender', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_KIND_LABELS: Record<IncidentKind, LabelKey> = {
  protest: 'incidentKind.protest',
  road_block: 'incidentKind.road_block',
  confrontation: 'incidentKind.confrontation',
  detention: 'incidentKind.detention',
  complaint: 'incidentKind.complaint',
  attack_on_defender: 'incidentKind.attack_on_defender',
  other: 'incidentKind.other',
};

export const INCIDENT_ROLES = ['security_provider', 'affected_community', 'responder', 'other'] as const;
/** How an actor was involved in an incident. */
export type IncidentRole = (typeof INCIDENT_ROLES)[number];
export const INCIDENT_ROLE_LABELS: Record<IncidentRole, LabelKey> = {
  security_provider: 'incidentRole.security_provider',
  affected_community: 'incidentRole.affected_community',
  responder: 'incidentRole.responder',
  other: 'incidentRole.other',
};

/** An incident's severity, 1–3, or not assessed. */
export const SEVERITY: Scale = {
  min: 1,
  max: 3,
  labels: {
    1: 'severity.1',
    2: 'severity.2',
    3: 'severity.3',
  },
};
