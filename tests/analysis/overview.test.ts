import { describe, expect, it } from 'vitest';
import { communityNetwork, communityOverview } from '../../src/analysis/overview';
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
    // Degrees: b 3 (a, c, d), c 3 (a, b, d): b comes first. d 3 (e, c, b), e 2.
    expect(overview.communities.map((c) => c.lead)).toEqual(['b', 'd', 'f']);
    expect(overview.of.get('f')).toBe(3);
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
