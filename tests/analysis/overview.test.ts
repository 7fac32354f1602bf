import { describe, expect, it } from 'vitest';
import { communityNetwork, communityOverview, communityTitle } from '../../src/analysis/overview';
import { small } from '../analysis/fixtures';

// Two groups {a,b,c} and {d,e} plus f added later: ties a-b, b-c, a-c inside the first, d-e inside the second,
// c-d and b-d between them (2 ties between communities 1 and 2), and e-f from the second to the newcomer.
const network = small(['a', 'b', 'c', 'd', 'e', 'f'], ['a-b', 'b-c', 'a-c', 'd-e', 'c-d', 'b-d', 'e-f']);

describe('community overview', () => {
  it('one mark per community with its members, its inner ties and its most connected member', () => {
    const overview = communityOverview(network, [
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    // f was in no community: it makes a third group.
    expect(overview.communities.map((c) => c.members)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
    // Inner ties: 3 in {a,b,c}, 1 in {d,e}, none for f alone.
    expect(overview.communities.map((c) => c.innerTies)).toEqual([3, 1, 0]);
    // Degrees: a 2 (b, c), b 3 (a, c, d), c 3 (a, b, d): b and c tie, b is listed first; then a. d 3 (e, c, b), e 2 (d, f).
    expect(overview.communities.map((c) => c.best)).toEqual([['b', 'c', 'a'], ['d', 'e'], ['f']]);
    expect(overview.of.get('f')).toBe(3);
  });

  it('keeps the three most connected members of a large community, most first', () => {
    // A star: h tied to i, j, k, l; i also to j. Degrees h 4, i 2, j 2, k 1, l 1: h, then i and j (listed in that order).
    const star = small(['l', 'k', 'j', 'i', 'h'], ['h-i', 'h-j', 'h-k', 'h-l', 'i-j']);
    const [community] = communityOverview(star, [['l', 'k', 'j', 'i', 'h']]).communities;
    // i and j have 2 ties each; j is listed before i in the community, so j comes first.
    expect(community!.best).toEqual(['h', 'j', 'i']);
  });

  it('a community is titled by its two most connected members and how many more it has', () => {
    const [first, second, third] = communityOverview(network, [
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]).communities;
    // {a, b, c}: b and c named (3 ties each), a is the one more.
    expect(communityTitle(first!)).toEqual({ named: ['b', 'c'], more: 1 });
    // {d, e}: both named, none more; {f}: f alone.
    expect(communityTitle(second!)).toEqual({ named: ['d', 'e'], more: 0 });
    expect(communityTitle(third!)).toEqual({ named: ['f'], more: 0 });
    // One name asked for: b, and 2 more (a and c). Never fewer than one.
    expect(communityTitle(first!, 1)).toEqual({ named: ['b'], more: 2 });
    expect(communityTitle(first!, 0)).toEqual({ named: ['b'], more: 2 });
  });

  it('ties between communities are counted per pair, whatever their direction', () => {
    const { links } = communityOverview(network, [
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    expect(links).toEqual([
      { source: 1, target: 2, ties: 2 },
      { source: 2, target: 3, ties: 1 },
    ]);
  });

  it('leaves out actors the network no longer has, and communities left empty', () => {
    const overview = communityOverview(network, [
      ['a', 'b', 'c', 'gone'],
      ['x', 'y'],
      ['d', 'e', 'f'],
    ]);
    expect(overview.communities.map((c) => c.members)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  it('a community opens as the network of its actors and the ties among them', () => {
    const inside = communityNetwork(network, ['d', 'e', 'f']);
    expect(inside.actors.map((a) => a.id)).toEqual(['d', 'e', 'f']);
    expect(inside.ties.map((t) => `${t.source}-${t.target}`)).toEqual(['d-e', 'e-f']);
  });
});
