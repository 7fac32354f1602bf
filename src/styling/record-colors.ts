/**
 * How engagement records are coloured, on the timeline and wherever else they are drawn: engagements by kind,
 * commitments by status, incidents by kind. Colour is never alone: the timeline labels each mark and draws each lane
 * with its own shape (a dot or bar, a diamond at the due date, a triangle), and overdue commitments carry a "!".
 */
import type { CommitmentStatus, EngagementKind, IncidentKind } from '../model/vocabularies';

/** Engagement kinds: Tableau 10 hues, none of them the red kept for what is overdue. */
export const ENGAGEMENT_COLORS: Record<EngagementKind, string> = {
  meeting: '#4e79a7',
  workshop: '#f28e2c',
  round_table: '#59a14f',
  interview: '#76b7b2',
  training: '#b6992d',
  call: '#af7aa1',
  letter: '#9c755f',
  visit: '#ff9da7',
};

/** Commitment statuses: amber waiting, blue under way, green kept, grey dropped. */
export const COMMITMENT_COLORS: Record<CommitmentStatus, string> = {
  pending: '#e69f00',
  in_progress: '#0072b2',
  done: '#009e73',
  dropped: '#9a9a9a',
};

/** The mark of an overdue commitment. */
export const OVERDUE_COLOR = '#b71c1c';

/** Incident kinds: warm and dark hues, apart from the engagements'. */
export const INCIDENT_COLORS: Record<IncidentKind, string> = {
  protest: '#d95f02',
  road_block: '#a6761d',
  confrontation: '#c2185b',
  detention: '#6a51a3',
  complaint: '#1b7f79',
  attack_on_defender: '#67001f',
  other: '#6b6b6b',
};
