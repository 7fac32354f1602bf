/**
 * A very large network opens as an overview of its communities: one mark per
 * community, sized by its members, and the ties between communities; a
 * community opens into its own actors and the ties among them. Drawing
 * 20,000 actors at once would freeze the page and show nothing readable.
 */
import type { Network } from '../model/types';

/** Above this many actors, the network view starts from the overview. */
export const OVERVIEW_LIMIT = 3000;

/** How many of its most connected members a community keeps to be named by. */
export const BEST_KNOWN = 3;

export interface CommunityMark {
  /** Community number, 1 = largest (as the analysis numbers them). */
  number: number;
  members: string[];
  /** The members with the most ties, most first (up to BEST_KNOWN; in member order among equals), to name it by. */
  best: string[];
  /** Ties inside the community. */
  innerTies: number;
}

export interface CommunityLink {
  source: number;
  target: number;
  /** Ties between the two communities, whatever their direction. */
  ties: number;
}

export interface Overview {
  communities: CommunityMark[];
  links: CommunityLink[];
  /** Community number of each actor. */
  of: Map<string, number>;
}

/**
 * The overview of `network` for the communities `members` (largest first).
 * Actors in no community (added since the communities were found) form one
 * more group at the end; actors no longer in the network are left out.
 */
export function communityOverview(network: Network, members: readonly (readonly string[])[]): Overview {
  const present = new Set(network.actors.map((a) => a.id));
  const groups = members.map((list) => list.filter((id) => present.has(id))).filter((list) => list.length > 0);
  const of = new Map<string, number>();
  groups.forEach((list, i) => list.forEach((id) => of.set(id, i + 1)));
  const rest = network.actors.filter((a) => !of.has(a.id)).map((a) => a.id);
  if (rest.length > 0) {
    groups.push(rest);
    rest.forEach((id) => of.set(id, groups.length));
  }
  const degree = new Map<string, number>();
  const inner = new Array<number>(groups.length + 1).fill(0);
  const between = new Map<string, CommunityLink>();
  for (const tie of network.ties) {
    const a = of.get(tie.source);
    const b = of.get(tie.target);
    if (a === undefined || b === undefined) continue;
    degree.set(tie.source, (degree.get(tie.source) ?? 0) + 1);
    degree.set(tie.target, (degree.get(tie.target) ?? 0) + 1);
    if (a === b) {
      inner[a]!++;
      continue;
    }
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}-${target}`;
    const link = between.get(key) ?? between.set(key, { source, target, ties: 0 }).get(key)!;
    link.ties++;
  }
  const ties = (id: string) => degree.get(id) ?? 0;
  const communities = groups.map((list, i) => ({
    number: i + 1,
    members: list,
    // A stable sort: among members with as many ties, the first listed comes first, so the name repeats from run to run.
    best: [...list].sort((a, b) => ties(b) - ties(a)).slice(0, BEST_KNOWN),
    innerTies: inner[i + 1]!,
  }));
  return { communities, links: [...between.values()].sort((x, y) => x.source - y.source || x.target - y.target), of };
}

/** A community's title: the members it is named by, and how many other members it has ("Defensoría, PCM y 14 más"). */
export interface CommunityTitle {
  /** Ids of the members named, most connected first. */
  named: string[];
  /** Members not named. */
  more: number;
}

/** The title of `community`, naming up to `names` of its most connected members. */
export function communityTitle(community: CommunityMark, names = 2): CommunityTitle {
  const named = community.best.slice(0, Math.max(1, names));
  return { named, more: community.members.length - named.length };
}

/** The actors of one community and the ties among them, as a network of its own (same ids, same records). */
export function communityNetwork(network: Network, members: readonly string[]): Network {
  const inside = new Set(members);
  return {
    ...network,
    actors: network.actors.filter((a) => inside.has(a.id)),
    ties: network.ties.filter((t) => inside.has(t.source) && inside.has(t.target)),
  };
}
