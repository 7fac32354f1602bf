/**
 * A proposal said in one line, the same on the phone that made it and on the facilitator's screen: "Comisaría de
 * Espinar → Comunidad de Huano Huano: información".
 */
import { locale } from '../../i18n/locale.svelte';
import { SECTOR_LABELS } from '../../model/vocabularies';
import type { MappingSession } from '../../model/informants';
import type { ActorRef, Proposal } from '../../model/proposals';
import type { Network } from '../../model/types';
import type { PlainKey } from '../../text/translate';

/** The name an actor reference is shown with: the map's actor's, or the name its actor proposal gave. */
export function refName(ref: ActorRef, network: Network | null, proposals: readonly Proposal[]): string {
  if ('id' in ref) {
    const actor = network?.actors.find((a) => a.id === ref.id);
    return actor ? locale.text(actor.name) : locale.t('proposals.unknownActor');
  }
  const proposed = proposals.find((p) => p.id === ref.proposal)?.body;
  return proposed?.kind === 'actor' ? proposed.name : locale.t('proposals.unknownActor');
}

export function summary(
  proposal: Proposal,
  network: Network | null,
  session: MappingSession | null,
  proposals: readonly Proposal[],
): string {
  const body = proposal.body;
  const name = (ref: ActorRef) => refName(ref, network, proposals);
  switch (body.kind) {
    case 'actor':
      return body.existing
        ? locale.t('proposals.summary.actorExisting', { name: name({ id: body.existing }) })
        : locale.t('proposals.summary.actor', { name: body.name, sector: locale.t(SECTOR_LABELS[body.sector]) });
    case 'tie': {
      const type = session?.linkTypes.find((l) => l.id === body.linkType);
      return locale.t('proposals.summary.tie', {
        source: name(body.source),
        target: name(body.target),
        type: type ? locale.text(type.name) : body.linkType,
      });
    }
    case 'influence':
      return locale.t('proposals.summary.influence', { actor: name(body.actor), n: body.tower });
    case 'stance': {
      const goal = session?.goals.find((g) => g.id === body.goal);
      return locale.t('proposals.summary.stance', {
        actor: name(body.actor),
        goal: goal ? locale.text(goal.label) : body.goal,
        stance: locale.t(`proposals.stance.${body.stance}` as PlainKey),
      });
    }
  }
}
