/**
 * The table of a mapping session as the view works it: which session and
 * step are open, who is answering, where each card lies, and the edits each
 * gesture makes (analysis/session-record.ts), performed on the shared session
 * so that they are undone, saved and shared as any edit is.
 */
import { recordAnswers, placeCards, withdrawAnswers, type BoardPlace } from '../../analysis/session-record';
import { localize } from '../../model/localized';
import { slugId } from '../../model/edits';
import { checkActor } from '../../model/validate';
import { TOWER_MAX, type Answer, type MappingSession } from '../../model/informants';
import type { Actor, Network } from '../../model/types';
import { isDirectedType, type Sector } from '../../model/vocabularies';
import { locale } from '../../i18n/locale.svelte';
import { message, type Message } from '../../text/translate';
import type { Session } from '../../state/session.svelte';

export const STEPS = [1, 2, 3, 4, 5] as const;
export type Step = (typeof STEPS)[number];

/**
 * Where a card goes when the table has no place for it yet: round an ellipse, eight to a ring, each ring inside
 * the last and turned half a step, so that the links drawn between cards cross the middle of the table, not cards.
 */
export function defaultPlace(index: number): BoardPlace {
  const ring = Math.floor(index / 8);
  const angle = -Math.PI / 2 + ((index % 8) + (ring % 2) * 0.5) * (Math.PI / 4);
  const shrink = Math.max(0.25, 1 - ring * 0.4);
  return { x: 0.5 + 0.36 * shrink * Math.cos(angle), y: 0.53 + 0.34 * shrink * Math.sin(angle) };
}

export class MappingTable {
  readonly #session: Session;
  sessionId: string | null = $state(null);
  step: Step = $state(1);
  /** The informant answering now (`TABLE` when the table answers together). */
  informant: string = $state('');
  /** The link type drawn in step 2, and the goal asked about in step 4. */
  linkType: string = $state('');
  goal: string = $state('');
  bothWays = $state(false);
  /** Towers moved in step 3 and not yet confirmed, by actor. */
  towers: Record<string, number> = $state({});
  /** The participants' phones and their proposals shown beside the table (ProposalsPanel). */
  participants = $state(false);

  readonly network: Network | null;
  readonly session: MappingSession | null;
  /** This session's answers by the informant answering now. */
  readonly answers: Answer[];
  /** The actors on the table, in the order named. */
  readonly actors: Actor[];
  readonly places: Record<string, BoardPlace>;

  constructor(session: Session) {
    this.#session = session;
    this.network = $derived(session.workspace.network);
    this.session = $derived(this.network?.mapping?.sessions.find((s) => s.id === this.sessionId) ?? null);
    this.answers = $derived(
      (this.network?.mapping?.answers ?? []).filter((a) => a.session === this.sessionId && a.informant === this.informant),
    );
    this.actors = $derived.by(() => {
      const network = this.network;
      if (!network || !this.sessionId) return [];
      const ids = new Set<string>();
      for (const a of network.mapping?.answers ?? []) {
        if (a.session !== this.sessionId) continue;
        if (a.kind === 'tie') ids.add(a.source).add(a.target);
        else ids.add(a.actor);
      }
      const byId = new Map(network.actors.map((a) => [a.id, a]));
      return [...ids].flatMap((id) => byId.get(id) ?? []);
    });
    this.places = $derived.by(() => {
      const board = this.session?.board ?? {};
      return Object.fromEntries(this.actors.map((a, i) => [a.id, board[a.id] ?? defaultPlace(i)]));
    });
  }

  /** Opens a session at its first step, answered by its first informant. */
  open(session: MappingSession): void {
    this.sessionId = session.id;
    this.step = 1;
    this.informant = session.informants[0]?.id ?? '';
    this.linkType = session.linkTypes[0]?.id ?? '';
    this.goal = session.goals[0]?.id ?? '';
    this.towers = {};
  }

  /** Another informant answers now: towers moved and not confirmed are confirmed first, as the last one's. */
  answerAs(informant: string): void {
    if (informant === this.informant) return;
    this.confirmTowers();
    this.towers = {};
    this.informant = informant;
  }

  close(): void {
    this.sessionId = null;
    this.participants = false;
  }

  nameOf = (id: string): string => {
    const actor = this.network?.actors.find((a) => a.id === id);
    return actor ? localize(actor.shortName ?? actor.name, locale.current) : id;
  };

  /** The whole name, for sentences. */
  fullNameOf = (id: string): string => {
    const actor = this.network?.actors.find((a) => a.id === id);
    return actor ? localize(actor.name, locale.current) : id;
  };

  #perform(edit: ReturnType<typeof recordAnswers>, label: Message): boolean {
    return !!edit && this.#session.workspace.perform(edit, label);
  }

  #by(): { session: string; informant: string } {
    return { session: this.sessionId!, informant: this.informant };
  }

  /** Puts an actor of the scenario on the table. */
  putExisting(id: string): void {
    const network = this.network;
    if (!network || !this.sessionId) return;
    const place = defaultPlace(this.actors.length);
    this.#perform(
      recordAnswers(network, this.sessionId, [{ kind: 'actor', ...this.#by(), actor: id }], { board: { [id]: place } }),
      message('session.added', { name: this.nameOf(id) }),
    );
  }

  /** Adds an actor the group names that the scenario does not have. */
  addNew(name: string, sector: Sector): void {
    const network = this.network;
    if (!network || !this.sessionId || !name.trim()) return;
    const id = slugId(name.trim(), new Set(network.actors.map((a) => a.id)));
    // The model's defaults for every field not named (as a proposal accepted from a phone is made).
    const actor = checkActor({ id, name: name.trim(), sector, basis: 'documented', sources: [] }, network).record;
    if (!actor) return;
    const place = defaultPlace(this.actors.length);
    this.#perform(
      recordAnswers(network, this.sessionId, [{ kind: 'actor', ...this.#by(), actor: id }], { actors: [actor], board: { [id]: place } }),
      message('session.added', { name: name.trim() }),
    );
  }

  takeOff(id: string): void {
    const network = this.network;
    if (!network || !this.sessionId) return;
    const name = this.nameOf(id);
    const edit = withdrawAnswers(network, this.sessionId, (a) => (a.kind === 'tie' ? a.source === id || a.target === id : a.actor === id));
    this.#perform(edit, message('session.takenOff', { name }));
  }

  place(id: string, place: BoardPlace): void {
    const network = this.network;
    if (!network || !this.sessionId) return;
    this.#perform(placeCards(network, this.sessionId, { [id]: place }), message('session.moved'));
  }

  /** Records a link of the type chosen, both ways when asked (for a directed type: two answers). */
  link(source: string, target: string): void {
    const network = this.network;
    const linkType = this.session?.linkTypes.find((l) => l.id === this.linkType);
    if (!network || !this.sessionId || !linkType || source === target) return;
    const answers: Answer[] = [{ kind: 'tie', ...this.#by(), source, target, linkType: linkType.id }];
    if (this.bothWays && isDirectedType(linkType.tieType))
      answers.push({ kind: 'tie', ...this.#by(), source: target, target: source, linkType: linkType.id });
    const type = localize(linkType.name, locale.current);
    this.#perform(
      recordAnswers(network, this.sessionId, answers),
      message('session.linked', { type, source: this.nameOf(source), target: this.nameOf(target) }),
    );
  }

  unlink(answer: Extract<Answer, { kind: 'tie' }>): void {
    const network = this.network;
    const linkType = this.session?.linkTypes.find((l) => l.id === answer.linkType);
    if (!network || !this.sessionId) return;
    const edit = withdrawAnswers(
      network,
      this.sessionId,
      (a) =>
        a.kind === 'tie' &&
        a.informant === answer.informant &&
        a.linkType === answer.linkType &&
        a.source === answer.source &&
        a.target === answer.target,
    );
    const type = linkType ? localize(linkType.name, locale.current) : answer.linkType;
    this.#perform(edit, message('session.unlinked', { type, source: this.nameOf(answer.source), target: this.nameOf(answer.target) }));
  }

  /** The tower recorded for an actor by the informant answering now, or the one moved and not confirmed. */
  towerOf(id: string): number {
    if (id in this.towers) return this.towers[id]!;
    const given = this.answers.findLast((a) => a.kind === 'influence' && a.actor === id);
    return given?.kind === 'influence' ? given.tower : 0;
  }

  setTower(id: string, tower: number): void {
    this.towers = { ...this.towers, [id]: Math.max(0, Math.min(TOWER_MAX, Math.round(tower))) };
  }

  /** The towers moved, recorded as one edit. */
  confirmTowers(): void {
    const network = this.network;
    if (!network || !this.sessionId) return;
    const answers: Answer[] = Object.entries(this.towers).map(([actor, tower]) => ({ kind: 'influence', ...this.#by(), actor, tower }));
    if (answers.length === 0) return;
    if (this.#perform(recordAnswers(network, this.sessionId, answers), message('session.towersConfirmed'))) this.towers = {};
  }

  stanceOf(id: string): { stance: -1 | 0 | 1; sure: boolean } | null {
    const given = this.answers.findLast((a) => a.kind === 'stance' && a.actor === id && a.goal === this.goal);
    return given?.kind === 'stance' ? { stance: given.stance, sure: given.sure !== false } : null;
  }

  setStance(id: string, stance: -1 | 0 | 1, sure: boolean): void {
    const network = this.network;
    const goal = this.session?.goals.find((g) => g.id === this.goal);
    if (!network || !this.sessionId || !goal) return;
    this.#perform(
      recordAnswers(network, this.sessionId, [{ kind: 'stance', ...this.#by(), actor: id, goal: goal.id, stance, sure }]),
      message('session.stanceSet', { name: this.nameOf(id), goal: localize(goal.label, locale.current) }),
    );
  }
}

// The open session and step outlive a visit to another view (the facilitator checks the map and comes back).
const tables = new WeakMap<Session, MappingTable>();

/** The table of the app's session, made the first time it is asked for. */
export function tableOf(session: Session): MappingTable {
  let table = tables.get(session);
  if (!table) tables.set(session, (table = new MappingTable(session)));
  return table;
}
