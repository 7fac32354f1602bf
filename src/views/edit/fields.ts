/**
 * The actor and tie fields that can be set from a list of choices (in the
 * table and in bulk edits), described once as data: label, choices, and how
 * a choice becomes a value of the model.
 */
import type { ActorPatch, TiePatch } from '../../model/edits';
import type { Actor, Tie } from '../../model/types';
import type { Locale } from '../../model/localized';
import type { MessageKey } from '../../text/catalogues';
import { translate } from '../../text/translate';
import { regionOptions } from '../../model/regions';
import {
  BASES,
  BASIS_LABELS,
  ENGAGEMENT_LABELS,
  ENGAGEMENT_STAGES,
  INFLUENCE,
  LEVELS,
  LEVEL_LABELS,
  SECTORS,
  SECTOR_LABELS,
  STANCE,
  STRENGTH,
  TIE_TYPES,
  TIE_TYPE_LABELS,
  TRUST,
  VP_INTEREST,
  VP_KNOWLEDGE,
  VP_STATUSES,
  VP_STATUS_LABELS,
  type LabelKey,
  type Scale,
} from '../../model/vocabularies';

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceField<R, P> {
  key: keyof P & keyof R & string;
  label: MessageKey;
  choices: (locale: Locale, current: string) => Choice[];
  /** The record's value as a choice value ('' for not assessed / none). */
  read: (record: R) => string;
  /** A choice value as the model's value. */
  parse: (value: string) => unknown;
}

const NOT_ASSESSED = (locale: Locale) => translate(locale, 'form.notAssessed');
const NONE = (locale: Locale) => translate(locale, 'form.none');

function vocabularyChoices(values: readonly string[], labels: Readonly<Record<string, LabelKey>>, empty?: (locale: Locale) => string) {
  return (locale: Locale): Choice[] => [
    ...(empty ? [{ value: '', label: empty(locale) }] : []),
    ...values.map((value) => ({ value, label: translate(locale, labels[value]!) })),
  ];
}

function scaleChoices(scale: Scale, empty = true) {
  return (locale: Locale): Choice[] => [
    ...(empty ? [{ value: '', label: NOT_ASSESSED(locale) }] : []),
    ...Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i).map((step) => ({
      value: String(step),
      label: `${step > 0 && scale.min < 0 ? '+' : ''}${step} · ${translate(locale, scale.labels[step]!)}`,
    })),
  ];
}

const nullableText = (value: string) => (value === '' ? null : value);
const nullableNumber = (value: string) => (value === '' ? null : Number(value));
const text = (value: string | null) => value ?? '';
const num = (value: number | null) => (value === null ? '' : String(value));

type ActorField = ChoiceField<Actor, ActorPatch>;
type TieField = ChoiceField<Tie, TiePatch>;

export const ACTOR_FIELDS: ActorField[] = [
  { key: 'sector', label: 'inspector.sector', choices: vocabularyChoices(SECTORS, SECTOR_LABELS), read: (a) => a.sector, parse: (v) => v },
  {
    key: 'level',
    label: 'inspector.level',
    choices: vocabularyChoices(LEVELS, LEVEL_LABELS, NONE),
    read: (a) => text(a.level),
    parse: nullableText,
  },
  {
    key: 'region',
    label: 'form.region',
    choices: (locale, current) => [
      { value: '', label: NONE(locale) },
      ...regionOptions(locale, current).map((o) => ({ value: o.code, label: o.name })),
    ],
    read: (a) => text(a.region),
    parse: nullableText,
  },
  {
    key: 'influence',
    label: 'inspector.influence',
    choices: scaleChoices(INFLUENCE),
    read: (a) => num(a.influence),
    parse: nullableNumber,
  },
  {
    key: 'vpKnowledge',
    label: 'inspector.vpKnowledge',
    choices: scaleChoices(VP_KNOWLEDGE),
    read: (a) => num(a.vpKnowledge),
    parse: nullableNumber,
  },
  {
    key: 'vpInterest',
    label: 'inspector.vpInterest',
    choices: scaleChoices(VP_INTEREST),
    read: (a) => num(a.vpInterest),
    parse: nullableNumber,
  },
  { key: 'stance', label: 'inspector.stance', choices: scaleChoices(STANCE), read: (a) => num(a.stance), parse: nullableNumber },
  {
    key: 'engagement',
    label: 'inspector.engagement',
    choices: vocabularyChoices(ENGAGEMENT_STAGES, ENGAGEMENT_LABELS, NOT_ASSESSED),
    read: (a) => text(a.engagement),
    parse: nullableText,
  },
  {
    key: 'vpStatus',
    label: 'inspector.vpStatus',
    choices: vocabularyChoices(VP_STATUSES, VP_STATUS_LABELS, NOT_ASSESSED),
    read: (a) => text(a.vpStatus),
    parse: nullableText,
  },
  { key: 'basis', label: 'inspector.basis', choices: vocabularyChoices(BASES, BASIS_LABELS), read: (a) => a.basis, parse: (v) => v },
];

export const TIE_FIELDS: TieField[] = [
  { key: 'type', label: 'inspector.type', choices: vocabularyChoices(TIE_TYPES, TIE_TYPE_LABELS), read: (t) => t.type, parse: (v) => v },
  { key: 'trust', label: 'inspector.trust', choices: scaleChoices(TRUST), read: (t) => num(t.trust), parse: nullableNumber },
  { key: 'strength', label: 'inspector.strength', choices: scaleChoices(STRENGTH, false), read: (t) => String(t.strength), parse: Number },
  { key: 'basis', label: 'inspector.basis', choices: vocabularyChoices(BASES, BASIS_LABELS), read: (t) => t.basis, parse: (v) => v },
];
