/**
 * The controlled vocabularies of the stakeholder model, each value with its
 * English and Spanish label. Labels live here, next to the values, so that the
 * CLI, exports and the UI all say the same thing; the UI's own strings live in
 * `src/i18n`.
 */

/** A text in both languages of the product. */
export interface Label {
  en: string;
  es: string;
}

export const PILLARS = ['state', 'business', 'civil_society', 'external', 'platform'] as const;
/** The seed's three parties (State, business, civil society), external actors, and multi-stakeholder platforms. */
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_LABELS: Record<Pillar, Label> = {
  state: { en: 'State', es: 'Estado' },
  business: { en: 'Business', es: 'Empresas' },
  civil_society: { en: 'Civil society', es: 'Sociedad civil' },
  external: { en: 'External actors', es: 'Actores externos' },
  platform: { en: 'Platforms and groups', es: 'Plataformas y grupos' },
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

export const SECTOR_LABELS: Record<Sector, Label> = {
  state: { en: 'State institution', es: 'Institución del Estado' },
  security_forces: { en: 'Security forces', es: 'Fuerzas de seguridad' },
  company: { en: 'Company', es: 'Empresa' },
  private_security: { en: 'Private security', es: 'Seguridad privada' },
  business_association: { en: 'Business association', es: 'Gremio empresarial' },
  civil_society: { en: 'Civil society organisation', es: 'Organización de la sociedad civil' },
  community: { en: 'Community', es: 'Comunidad' },
  academia: { en: 'Academia', es: 'Academia' },
  foreign_government: { en: 'Foreign government', es: 'Gobierno extranjero' },
  international_org: { en: 'International organisation', es: 'Organización internacional' },
  platform: { en: 'Platform or group', es: 'Plataforma o grupo' },
};

export const LEVELS = ['international', 'national', 'regional', 'local'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, Label> = {
  international: { en: 'International', es: 'Internacional' },
  national: { en: 'National', es: 'Nacional' },
  regional: { en: 'Regional', es: 'Regional' },
  local: { en: 'Local', es: 'Local' },
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
export const DIRECTED_TIE_TYPES: ReadonlySet<TieType> = new Set<TieType>([
  'funding',
  'ownership',
  'service',
  'training',
  'coordination',
]);

export const TIE_TYPE_LABELS: Record<TieType, Label> = {
  collaboration: { en: 'Collaboration', es: 'Colaboración' },
  dialogue: { en: 'Dialogue', es: 'Diálogo' },
  coordination: { en: 'Coordination', es: 'Coordinación' },
  membership: { en: 'Membership or participation', es: 'Membresía o participación' },
  funding: { en: 'Funding', es: 'Financiamiento' },
  ownership: { en: 'Ownership', es: 'Propiedad' },
  service: { en: 'Service', es: 'Servicio' },
  training: { en: 'Training', es: 'Capacitación' },
  information: { en: 'Information exchange', es: 'Intercambio de información' },
  conflict: { en: 'Conflict', es: 'Conflicto' },
};

export const ENGAGEMENT_STAGES = ['unaware', 'aware', 'interested', 'committed', 'member'] as const;
export type Engagement = (typeof ENGAGEMENT_STAGES)[number];
export const ENGAGEMENT_LABELS: Record<Engagement, Label> = {
  unaware: { en: 'Unaware', es: 'No informado' },
  aware: { en: 'Aware', es: 'Informado' },
  interested: { en: 'Interested', es: 'Interesado' },
  committed: { en: 'Committed', es: 'Comprometido' },
  member: { en: 'Member of the group', es: 'Miembro del grupo' },
};

export const VP_STATUSES = ['member', 'observer', 'none'] as const;
/** Standing in the global Voluntary Principles initiative. */
export type VpStatus = (typeof VP_STATUSES)[number];
export const VP_STATUS_LABELS: Record<VpStatus, Label> = {
  member: { en: 'VPs member', es: 'Miembro de los PV' },
  observer: { en: 'VPs observer', es: 'Observador de los PV' },
  none: { en: 'Not in the VPs', es: 'No participa en los PV' },
};

export const BASES = ['documented', 'inferred', 'assumed'] as const;
/** How far a record rests on its source. */
export type Basis = (typeof BASES)[number];
export const BASIS_LABELS: Record<Basis, Label> = {
  documented: { en: 'Documented', es: 'Documentado' },
  inferred: { en: 'Inferred', es: 'Inferido' },
  assumed: { en: 'Assumed (illustrative)', es: 'Supuesto (ilustrativo)' },
};

/** An integer scale with a label for each step. */
export interface Scale {
  min: number;
  max: number;
  labels: Record<number, Label>;
}

/** Net-Map "influence tower" height, Mendelow's power. */
export const INFLUENCE: Scale = {
  min: 1,
  max: 5,
  labels: {
    1: { en: 'Very low', es: 'Muy baja' },
    2: { en: 'Low', es: 'Baja' },
    3: { en: 'Moderate', es: 'Moderada' },
    4: { en: 'High', es: 'Alta' },
    5: { en: 'Very high', es: 'Muy alta' },
  },
};

export const VP_KNOWLEDGE: Scale = {
  min: 0,
  max: 3,
  labels: {
    0: { en: 'None', es: 'Ninguno' },
    1: { en: 'Low or misconstrued', es: 'Bajo o erróneo' },
    2: { en: 'Working', es: 'Funcional' },
    3: { en: 'Expert', es: 'Experto' },
  },
};

export const VP_INTEREST: Scale = {
  min: 0,
  max: 3,
  labels: {
    0: { en: 'None', es: 'Ninguno' },
    1: { en: 'Low', es: 'Bajo' },
    2: { en: 'Moderate', es: 'Moderado' },
    3: { en: 'High', es: 'Alto' },
  },
};

/** Position toward a VPs process. */
export const STANCE: Scale = {
  min: -2,
  max: 2,
  labels: {
    [-2]: { en: 'Opposed', es: 'En contra' },
    [-1]: { en: 'Sceptical', es: 'Escéptico' },
    0: { en: 'Neutral', es: 'Neutral' },
    1: { en: 'Supportive', es: 'Favorable' },
    2: { en: 'Champion', es: 'Promotor' },
  },
};

export const TRUST: Scale = {
  min: -2,
  max: 2,
  labels: {
    [-2]: { en: 'Strong distrust', es: 'Desconfianza fuerte' },
    [-1]: { en: 'Distrust', es: 'Desconfianza' },
    0: { en: 'Neutral', es: 'Neutral' },
    1: { en: 'Trust', es: 'Confianza' },
    2: { en: 'Strong trust', es: 'Confianza fuerte' },
  },
};

export const STRENGTH: Scale = {
  min: 1,
  max: 3,
  labels: {
    1: { en: 'Weak', es: 'Débil' },
    2: { en: 'Medium', es: 'Media' },
    3: { en: 'Strong', es: 'Fuerte' },
  },
};

/** A capacity used by the facilitator ranking, 0–3. */
export const CAPACITY: Scale = {
  min: 0,
  max: 3,
  labels: {
    0: { en: 'None', es: 'Ninguna' },
    1: { en: 'Some', es: 'Alguna' },
    2: { en: 'Solid', es: 'Sólida' },
    3: { en: 'Outstanding', es: 'Destacada' },
  },
};

/**
 * The capacities the 2010 study asks of a process facilitator (IV.e).
 * `impartiality` is a finding about how others see the actor (e.g. "considered
 * a neutral institution by all actors"), not a count of its ties.
 */
export const CAPACITY_KEYS = ['technical', 'humanRights', 'conflictPrevention', 'impartiality'] as const;
export type CapacityKey = (typeof CAPACITY_KEYS)[number];
export const CAPACITY_LABELS: Record<CapacityKey, Label> = {
  technical: { en: 'Technical capacity', es: 'Capacidad técnica' },
  humanRights: { en: 'Human-rights knowledge', es: 'Conocimiento de derechos humanos' },
  conflictPrevention: { en: 'Conflict-prevention experience', es: 'Experiencia en prevención de conflictos' },
  impartiality: { en: 'Seen as impartial', es: 'Reconocido como imparcial' },
};

/** The pillar of an actor's sector. */
export function pillarOf(sector: Sector): Pillar {
  return SECTOR_PILLAR[sector];
}

/** Whether ties of this type are directed unless a record says otherwise. */
export function isDirectedType(type: TieType): boolean {
  return DIRECTED_TIE_TYPES.has(type);
}
