/**
 * Network Canvas interviews as informants' answers (model/informants.ts).
 * Each interview becomes a mapping session with one informant, the person
 * interviewed (Network Canvas's ego): every person or organisation they
 * named (a node) an `actor` answer, every link they drew between two of
 * them (an edge) a `tie` answer, and a tower of influence, where the
 * protocol asked for one as a number, an `influence` answer. The readers of
 * the export files (network-canvas.ts) bring the interviews in the neutral
 * shape below; this matches the actors across interviews by name, accents
 * and case aside. Pure; never throws: what cannot be read is a located
 * problem.
 */
import { stripAccents } from '../model/accents';
import { slugId } from '../model/edits';
import { TOWER_MAX, type Answer, type Informant, type LinkType, type Mapping, type MappingSession } from '../model/informants';
import type { LocalizedText, Problem } from '../model/types';
import type { TieType } from '../model/vocabularies';

/** A node of an interview: `ref` is what the interview's edges call it by. */
export interface InterviewNode {
  /** Where it is in its file, for problems: `export.graphml graph 2 node 3 (id "3")`. */
  where: string;
  ref: string;
  /** Empty when the interview gave it none. */
  name: string;
  /** Network Canvas's node type ("Organización", "Person"). */
  nodeType: string;
  /** The influence variable's value as written, when the node has one. */
  influence?: { variable: string; value: string };
}

export interface InterviewEdge {
  where: string;
  source: string;
  target: string;
  /** Network Canvas's edge type ("Financiamiento"); empty when the file gives none. */
  edgeType: string;
}

/** One interview as an export file gives it, before its actors are matched with other interviews'. */
export interface Interview {
  where: string;
  /** Network Canvas's session UUID: one per interview. */
  sessionId: string;
  caseId: string;
  protocolName: string;
  /** The interviews of one protocol were asked the same questions. */
  protocolId: string;
  /** The day it began, `YYYY-MM-DD`. */
  date?: string;
  /** The ego's name, only when the protocol asked for one. */
  egoName?: string;
  nodes: InterviewNode[];
  edges: InterviewEdge[];
}

/** A person or organisation named in the interviews, once however many named it. */
export interface NetworkCanvasActor {
  /** A slug of the first spelling met: "municipalidad-provincial-de-espinar". */
  id: string;
  name: string;
  /** The Network Canvas node type of its first mention. */
  nodeType: string;
  /** Every spelling met, `name` first ("Compañía Minera Antapaccay", "Compania minera Antapaccay"). */
  spellings: string[];
}

export interface NetworkCanvasImport {
  mapping: Mapping;
  actors: NetworkCanvasActor[];
  problems: Problem[];
}

export interface InterviewOptions {
  /** The question the sessions answered; by default the protocol's name. */
  question?: LocalizedText;
}

type Severity = Problem['severity'];

export function problem(
  path: string,
  message: string,
  messageEs: string,
  code: Problem['code'],
  severity: Severity = 'error',
  params?: Problem['params'],
): Problem {
  return { path, code, severity, message, messageEs, ...(params ? { params } : {}) };
}

/** The form in which names are compared: "Compañía  Minera" and "compania minera" are one actor. */
export function nameKey(name: string): string {
  return stripAccents(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Variable names that hold a Net-Map influence tower (compared as nameKey writes them). */
export const INFLUENCE_NAMES = /influen|tower|torre/;

/** Edge type names that say which kind of tie they record, in English or Spanish (compared without accents). */
const TIE_TYPE_WORDS: [RegExp, TieType][] = [
  [/inform/, 'information'],
  [/fund|financ/, 'funding'],
  [/conflict/, 'conflict'],
  [/collab|colab/, 'collaboration'],
  [/dialog/, 'dialogue'],
  [/coordin/, 'coordination'],
];

/** The model's tie type for a Network Canvas edge type, or null when its name does not say. */
export function tieTypeOf(edgeType: string): TieType | null {
  const key = nameKey(edgeType);
  return TIE_TYPE_WORDS.find(([words]) => words.test(key))?.[1] ?? null;
}

/** A link type's colour by tie type (io cannot reach styling/; these are Tableau 10's). */
const LINK_COLOURS: Record<TieType, string> = {
  collaboration: '#4e79a7',
  dialogue: '#76b7b2',
  coordination: '#59a14f',
  membership: '#edc948',
  funding: '#f28e2b',
  ownership: '#b07aa1',
  service: '#ff9da7',
  training: '#9c755f',
  information: '#bab0ac',
  conflict: '#e15759',
};

/**
 * The link types of each protocol: every edge type any of its interviews
 * used, in the order first met. An interview that drew no edge of a type
 * was still asked about it (one protocol, one set of questions), so
 * agreement() counts it among those asked.
 */
function linkTypesByProtocol(interviews: readonly Interview[], problems: Problem[]): Map<string, LinkType[]> {
  const byProtocol = new Map<string, LinkType[]>();
  const warned = new Set<string>();
  for (const interview of interviews) {
    const links = byProtocol.get(interview.protocolId) ?? [];
    byProtocol.set(interview.protocolId, links);
    for (const edge of interview.edges) {
      const name = edge.edgeType.trim();
      if (!name || links.some((l) => l.name === name)) continue;
      const known = tieTypeOf(name);
      const tieType = known ?? 'collaboration';
      links.push({ id: slugId(name, new Set(links.map((l) => l.id))), name, colour: LINK_COLOURS[tieType], tieType });
      if (!known && !warned.has(name)) {
        warned.add(name);
        problems.push(
          problem(
            edge.where,
            `the edge type "${name}" does not say which kind of link it records; its ties were read as collaboration, under the name "${name}"`,
            `el tipo de arista «${name}» no dice qué clase de vínculo registra; sus vínculos se leyeron como colaboración, con el nombre «${name}»`,
            'unknown-value',
            'warning',
            { value: name, field: 'networkCanvasType' },
          ),
        );
      }
    }
  }
  return byProtocol;
}

/** A tower as given: a number from 0 to 8; rounded and brought into range with a warning, or left out with an error. */
function towerOf(node: InterviewNode, problems: Problem[]): number | null {
  const { variable, value } = node.influence!;
  const where = `${node.where}, ${variable}`;
  const number = Number(value.trim().replace(',', '.'));
  if (!value.trim() || !Number.isFinite(number)) {
    problems.push(
      problem(
        where,
        `"${value}" is not a number; no tower was read`,
        `«${value}» no es un número; no se leyó torre`,
        'wrong-type',
        'error',
        { value, field: variable },
      ),
    );
    return null;
  }
  const tower = Math.max(0, Math.min(TOWER_MAX, Math.round(number)));
  if (tower !== number) {
    const bound = number > TOWER_MAX ? 'max' : number < 0 ? 'min' : 'integer';
    problems.push(
      problem(
        where,
        `${value} is not a tower from 0 to ${TOWER_MAX}; read as ${tower}`,
        `${value} no es una torre de 0 a ${TOWER_MAX}; se leyó como ${tower}`,
        'out-of-range',
        'warning',
        { value, field: variable, bound, ...(bound === 'integer' ? {} : { limit: bound === 'max' ? TOWER_MAX : 0 }) },
      ),
    );
  }
  return tower;
}

/**
 * Sessions, answers and actors from the interviews, the problems found on
 * the way added to `problems`. An interview read twice (the same session
 * UUID) counts once; a node without a name is left out, and so are the
 * edges that reach it, or that reach no node of their interview.
 */
export function interviewsToMapping(
  interviews: readonly Interview[],
  problems: Problem[],
  options: InterviewOptions = {},
): NetworkCanvasImport {
  const actors = new Map<string, NetworkCanvasActor>();
  const taken = new Set<string>();
  const actorOf = (node: InterviewNode): NetworkCanvasActor => {
    const key = nameKey(node.name);
    const known = actors.get(key);
    if (known) {
      if (!known.spellings.includes(node.name)) known.spellings.push(node.name);
      return known;
    }
    const actor = { id: slugId(node.name, taken), name: node.name, nodeType: node.nodeType, spellings: [node.name] };
    taken.add(actor.id);
    actors.set(key, actor);
    return actor;
  };

  const linkTypes = linkTypesByProtocol(interviews, problems);
  const sessions: MappingSession[] = [];
  const answers: Answer[] = [];
  const seenSessions = new Map<string, string>();
  for (const interview of interviews) {
    const first = seenSessions.get(interview.sessionId);
    if (first !== undefined) {
      problems.push(
        problem(
          interview.where,
          `is the same interview (session ${interview.sessionId}) as ${first}; it was read once`,
          `es la misma entrevista (sesión ${interview.sessionId}) que ${first}; se leyó una vez`,
          'duplicate-id',
          'warning',
          { value: interview.sessionId, other: first },
        ),
      );
      continue;
    }
    seenSessions.set(interview.sessionId, interview.where);
    const session = interview.sessionId;
    const informant: Informant = {
      id: 'ego',
      label: `Informante ${interview.caseId || sessions.length + 1}`,
      ...(interview.egoName ? { name: interview.egoName } : {}),
    };
    const given = { session, informant: informant.id };
    const links = linkTypes.get(interview.protocolId) ?? [];
    sessions.push({
      id: session,
      question: options.question ?? interview.protocolName,
      ...(interview.date ? { date: interview.date } : {}),
      linkTypes: links,
      goals: [],
      informants: [informant],
    });

    // Nodes: one actor answer per actor, however many nodes of the interview name it.
    const actorOfRef = new Map<string, string>();
    const nameless = new Set<string>();
    const named = new Map<string, string>();
    for (const node of interview.nodes) {
      if (!node.name.trim()) {
        nameless.add(node.ref);
        problems.push(
          problem(
            node.where,
            'has no name, so it cannot be matched with other interviews; it was left out',
            'no tiene nombre, así que no se puede cotejar con otras entrevistas; se dejó fuera',
            'missing',
            'error',
            { field: 'name' },
          ),
        );
        continue;
      }
      const actor = actorOf(node);
      actorOfRef.set(node.ref, actor.id);
      const twin = named.get(actor.id);
      if (twin) {
        problems.push(
          problem(
            node.where,
            `names the same actor as ${twin} ("${actor.name}"); both were read as one`,
            `nombra al mismo actor que ${twin} («${actor.name}»); ambos se leyeron como uno`,
            'duplicate-id',
            'warning',
            { value: node.name, other: twin },
          ),
        );
      } else {
        named.set(actor.id, node.where);
        answers.push({ ...given, kind: 'actor', actor: actor.id });
      }
      if (node.influence) {
        const tower = towerOf(node, problems);
        if (tower !== null) answers.push({ ...given, kind: 'influence', actor: actor.id, tower });
      }
    }

    // Edges: a tie answer each, between the actors their nodes name.
    for (const edge of interview.edges) {
      const ends = [edge.source, edge.target].map((ref) => actorOfRef.get(ref));
      const missing = [edge.source, edge.target].find((ref, i) => ends[i] === undefined);
      if (missing !== undefined) {
        const left = nameless.has(missing);
        problems.push(
          problem(
            edge.where,
            left
              ? `reaches node "${missing}", which was left out (no name); the edge was left out`
              : `names node "${missing}", which the interview does not have; the edge was left out`,
            left
              ? `llega al nodo «${missing}», que se dejó fuera (sin nombre); la arista se dejó fuera`
              : `nombra el nodo «${missing}», que la entrevista no tiene; la arista se dejó fuera`,
            'missing-actor',
            'error',
            { value: missing },
          ),
        );
        continue;
      }
      const link = links.find((l) => l.name === edge.edgeType.trim());
      if (!link) {
        problems.push(
          problem(
            edge.where,
            'has no edge type (networkCanvasType), so which link it reports is unknown; it was left out',
            'no tiene tipo de arista (networkCanvasType), así que no se sabe qué vínculo informa; se dejó fuera',
            'missing',
            'error',
            { field: 'networkCanvasType' },
          ),
        );
        continue;
      }
      const [source, target] = ends as [string, string];
      if (source === target) {
        problems.push(
          problem(
            edge.where,
            'joins an actor to itself (both nodes have the same name); it was left out',
            'une un actor consigo mismo (los dos nodos tienen el mismo nombre); se dejó fuera',
            'self-loop',
            'warning',
          ),
        );
        continue;
      }
      answers.push({ ...given, kind: 'tie', source, target, linkType: link.id });
    }
  }
  return { mapping: { sessions, answers }, actors: [...actors.values()], problems };
}
