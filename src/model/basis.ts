/**
 * The basis of a single value: its own entry in `fieldBasis`, else (for a
 * capacity) the basis given for all capacities, else the record's basis.
 */
import type { AssessedField } from './schema';
import type { Actor, Tie } from './types';
import type { Basis } from './vocabularies';
import { CAPACITY_KEYS } from './vocabularies';

export function basisOf(record: Actor | Tie, field: AssessedField): Basis {
  const own = record.fieldBasis[field];
  if (own) return own;
  if ((CAPACITY_KEYS as readonly string[]).includes(field)) return record.fieldBasis.capacities ?? record.basis;
  return record.basis;
}

/** Whether a value rests on a finding: a documented basis and at least one source. */
export function isFinding(record: Actor | Tie, field: AssessedField): boolean {
  return basisOf(record, field) === 'documented' && record.sources.length > 0;
}

/** A record that says "documented" but names no source: a claim nobody can check. */
export function claimsWithoutSource(record: { basis: string; sources: readonly unknown[] }): boolean {
  return record.basis === 'documented' && record.sources.length === 0;
}

/**
 * A record typed by hand or imported without a source cannot be
 * "documented": it becomes "assumed" until a source is given.
 */
export function unsourcedAsAssumed<T extends { basis: string; sources: readonly unknown[] }>(record: T): T {
  return claimsWithoutSource(record) ? { ...record, basis: 'assumed' } : record;
}
