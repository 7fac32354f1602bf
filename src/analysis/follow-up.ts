/**
 * The follow-up list for the next meeting: the commitments overdue and those falling due soon, and the actors to
 * contact — influential ones not met in months (or never), and parties to an incident nobody has met since — each
 * with why and when they were last engaged. Read as of a given day, from the same finders as the gap rules
 * (engagement-gaps.ts), so the list and the analysis panel never disagree.
 */
import { endOf, isDueSoon, lastEngagements, monthsSince } from '../model/records';
import type { Actor, Commitment, EngagementRecord, Incident, Network } from '../model/types';
import {
  daysBetween,
  incidentsNotFollowed,
  lastDay,
  longerUnheard,
  overdueCommitments,
  quietInfluential,
  QUIET_MONTHS,
} from './engagement-gaps';

/** How many days ahead "due soon" looks, unless chosen otherwise. */
export const DUE_WITHIN = 30;

export interface CommitmentLine {
  commitment: Commitment;
  /** Who promised, and to whom (empty: to the group), as actors of the network. */
  by: Actor[];
  to: Actor[];
  /** Days late (overdue), or days left until the due date's last possible day (due soon). */
  days: number;
}

export interface ContactLine {
  actor: Actor;
  /** Their last engagement up to the day asked, and whole months since it ended; null: never engaged. */
  last: EngagementRecord | null;
  months: number | null;
  /** Influential and quiet for the months chosen, or never engaged. */
  quiet: boolean;
  /** Incidents they were party to with no engagement since, latest first, with their role in each. */
  incidents: { incident: Incident; role: Incident['involved'][number]['role'] }[];
}

export interface FollowUp {
  today: string;
  overdue: CommitmentLine[];
  dueSoon: CommitmentLine[];
  contact: ContactLine[];
}

export interface FollowUpOptions {
  /** Days ahead a commitment counts as due soon. */
  dueWithin?: number;
  /** Months without an engagement that make an influential actor one to contact. */
  quietMonths?: number;
}

export function followUp(network: Network, today: string, options: FollowUpOptions = {}): FollowUp {
  const { dueWithin = DUE_WITHIN, quietMonths = QUIET_MONTHS } = options;
  const byId = new Map(network.actors.map((a) => [a.id, a]));
  const actors = (ids: readonly string[]) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const line = (commitment: Commitment, days: number): CommitmentLine => ({
    commitment,
    by: actors(commitment.by),
    to: actors(commitment.to),
    days,
  });

  const overdue = overdueCommitments(network, today).map(({ commitment, days }) => line(commitment, days));
  const dueSoon = (network.commitments ?? [])
    .filter((c) => isDueSoon(c, today, dueWithin))
    .map((c) => line(c, Math.max(0, daysBetween(today, lastDay(c.due!)))))
    .sort((a, b) => a.days - b.days);

  const contacts = new Map<string, ContactLine>();
  for (const { actor, last, months } of quietInfluential(network, today, quietMonths)) {
    contacts.set(actor.id, { actor, last, months, quiet: true, incidents: [] });
  }
  const last = lastEngagements(network, today);
  for (const { incident, actors: parties } of incidentsNotFollowed(network, today)) {
    for (const { actor, role } of parties) {
      let contact = contacts.get(actor.id);
      if (!contact) {
        const engagement = last.get(actor.id) ?? null;
        contact = {
          actor,
          last: engagement,
          months: engagement ? monthsSince(endOf(engagement), today) : null,
          quiet: false,
          incidents: [],
        };
        contacts.set(actor.id, contact);
      }
      contact.incidents.push({ incident, role });
    }
  }
  // Those an incident set apart first (the relationship changed), then the longest unheard, then the most influential.
  const contact = [...contacts.values()].sort(
    (a, b) =>
      Number(b.incidents.length > 0) - Number(a.incidents.length > 0) ||
      longerUnheard(a.months, b.months) ||
      (b.actor.influence ?? 0) - (a.actor.influence ?? 0),
  );
  return { today, overdue, dueSoon, contact };
}

/** Whether the list has anything on it. */
export const isEmpty = (list: FollowUp) => list.overdue.length + list.dueSoon.length + list.contact.length === 0;
