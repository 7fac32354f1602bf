/**
 * The one session every view reads: the network as shown (redacted while a
 * presenting profile is on), what passes the filters and focus, the
 * selection, the styling, the analysis and the large-network overview, and
 * the services a view may call (editing, scenarios, slides, the viewport,
 * exports). The shell makes one and puts it in Svelte's context; a view takes
 * it with `getSession()` rather than through a list of props, so adding a view
 * changes nothing around it.
 */
import { untrack } from 'svelte';
import { contextValue } from './context';
import { locale } from '../i18n/locale.svelte';
import { answeredChoice, answeredNetwork, type AnsweredBy } from '../analysis/answered-network';
import { OVERVIEW_LIMIT, communityNetwork, communityOverview, type Overview } from '../analysis/overview';
import type { AnalysisResult } from '../analysis/result';
import { localize } from '../model/localized';
import { redactNetwork } from '../model/redact';
import type { Visible } from '../model/filter';
import type { Network } from '../model/types';
import type { Slide } from '../store/records';
import {
  degrees,
  mergeValues,
  metricRangeOf,
  nodeValuesOf,
  recordValuesOf,
  type NodeValues,
  type StyleOptions,
} from '../styling/node-values';
import { dayOf } from '../model/records';
import { analysis as sharedAnalysis, type AnalysisRunner } from './analysis.svelte';
import type { CompareState } from './compare.svelte';
import { Editor } from './editor.svelte';
import { Presenter } from './presenter.svelte';
import { Scenarios } from './scenarios.svelte';
import { Sharing, linkFromAddress } from './sharing.svelte';
import { view as sharedView, type ViewState } from './view.svelte';
import { Viewport, type Extent } from './viewport.svelte';
import { isViewId, type ViewId } from './views';
import { workspace as sharedWorkspace, type Workspace } from './workspace.svelte';

/** Where the pointer rests on an actor, in page coordinates, for the hover card. */
export interface HoverInfo {
  id: string;
  x: number;
  y: number;
}

/**
 * What each view registers to be exported: the drawing alone as SVG (the export menu adds title, legend and
 * sources), or the whole picture when the view draws its own (the grids, the comparison).
 */
export class Exporters {
  readonly #drawings = new Map<ViewId, () => string>();
  readonly #pictures = new Map<ViewId, (mark: string) => string>();

  /** Registers a view's drawing; returns the call that removes it. */
  drawing(view: ViewId, draw: () => string): () => void {
    this.#drawings.set(view, draw);
    return () => void (this.#drawings.get(view) === draw && this.#drawings.delete(view));
  }

  picture(view: ViewId, draw: (mark: string) => string): () => void {
    this.#pictures.set(view, draw);
    return () => void (this.#pictures.get(view) === draw && this.#pictures.delete(view));
  }

  drawingOf(view: ViewId): string {
    return this.#drawings.get(view)?.() ?? '';
  }

  pictureOf(view: ViewId, mark: string): string {
    return this.#pictures.get(view)?.(mark) ?? '';
  }
}

const NONE_VISIBLE: Visible = { actors: new Set(), ties: new Set() };

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));

export class Session {
  readonly workspace: Workspace;
  readonly view: ViewState;
  readonly analysis: AnalysisRunner;
  readonly scenarios: Scenarios;
  readonly presenter: Presenter;
  readonly editor: Editor;
  readonly viewport: Viewport;
  readonly sharing: Sharing;
  readonly exporters = new Exporters();

  /** The actor under the pointer in the network drawing. */
  hover: HoverInfo | null = $state.raw(null);
  /** The first network opened is on screen: what waits for it (the side panels) may load. */
  firstDrawn = $state(false);

  /**
   * The network every view shows, analyses and exports: the answers chosen (`view.answeredBy`: the consensus at a
   * threshold, or one informant's) when it holds mapping answers, and with a redaction profile on, redacted.
   */
  readonly network: Network | null;
  /** Which answers the network shown gives, as they apply to it; null: the network as recorded. */
  readonly answeredBy: AnsweredBy | null;
  /** What passes the filters and lies within the focus. */
  readonly visible: Visible;
  /** Whether the filters or the focus leave anything out. */
  readonly filtered: boolean;
  /** Ties per actor of the network shown. */
  readonly degrees: Map<string, number>;
  /** The analysis of the network shown; null while it runs or when it is another network's. */
  readonly result: AnalysisResult | null;
  /** The values the styling reads from the analysis (community, the metric sized by). */
  readonly nodeValues: NodeValues | null;
  readonly styleOptions: StyleOptions;
  /** The name shown on pictures and handouts: the scenario's, else the network's own title. */
  readonly title: string;
  /** A network too large to draw whole: it opens as an overview of its communities, then one community at a time. */
  readonly large: boolean;
  readonly overview: Overview | null;
  /** What the network drawing draws: the whole network, or the community opened from the overview (null: none yet). */
  readonly drawnNetwork: Network | null;

  #compare: Promise<CompareState> | null = null;
  /** Which answers each network shown was given from, to tell which one an analysis ran on. */
  readonly #answeredFrom = new WeakMap<Network, AnsweredBy>();

  constructor(services: { workspace?: Workspace; view?: ViewState; analysis?: AnalysisRunner } = {}) {
    this.workspace = services.workspace ?? sharedWorkspace;
    this.view = services.view ?? sharedView;
    this.analysis = services.analysis ?? sharedAnalysis;
    this.viewport = new Viewport(() => this.view.mode);
    this.scenarios = new Scenarios(this.workspace, this.view);
    this.presenter = new Presenter(this.scenarios, this.workspace, this.view, this.viewport);
    this.editor = new Editor(this.workspace, this.view, (id) => this.viewport.centreOn(id));
    this.sharing = new Sharing(this.workspace, this.scenarios, this.view);

    this.answeredBy = $derived(this.workspace.network ? answeredChoice(this.workspace.network, this.view.answeredBy) : null);
    this.network = $derived.by(() => {
      const recorded = this.workspace.network;
      const by = this.answeredBy;
      const network = recorded && by ? answeredNetwork(recorded, by) : recorded;
      const shown = network && this.presenter.redacting ? redactNetwork(network, this.presenter.redaction) : network;
      if (shown && by) this.#answeredFrom.set(shown, by);
      return shown;
    });
    // An edit that leaves the same actors and ties shown (most do) leaves the same sets: views then redo nothing.
    let shown = NONE_VISIBLE;
    this.visible = $derived.by(() => {
      const next = this.network ? this.view.visible(this.network) : NONE_VISIBLE;
      if (!sameSet(next.actors, shown.actors) || !sameSet(next.ties, shown.ties)) shown = next;
      return shown;
    });
    this.filtered = $derived(
      !!this.network && (this.visible.actors.size < this.network.actors.length || this.visible.ties.size < this.network.ties.length),
    );
    this.degrees = $derived(this.network ? degrees(this.network) : new Map());
    this.result = $derived(
      this.analysis.result && this.network && this.analysis.result.networkId === this.network.id ? this.analysis.result : null,
    );
    // The records' values are read as of the day the network is shown or edited.
    this.nodeValues = $derived(
      mergeValues(
        this.result ? nodeValuesOf(this.result, { colorBy: this.view.colorBy, sizeBy: this.view.sizeBy }) : null,
        this.network ? recordValuesOf(this.network, this.view.colorBy, dayOf(new Date())) : null,
      ),
    );
    this.styleOptions = $derived.by(() => {
      const { colorBy, sizeBy } = this.view;
      const result = this.result;
      return {
        colorBy: colorBy === 'community' && !result ? 'sector' : colorBy,
        sizeBy,
        maxDegree: Math.max(1, ...this.degrees.values()),
        metricRange:
          result && sizeBy !== 'none' && sizeBy !== 'influence' && sizeBy !== 'degree' ? metricRangeOf(result, sizeBy) : undefined,
        communities: result?.summary.communities ?? 0,
        dark: this.presenter.active && this.presenter.theme === 'dark',
      };
    });
    this.title = $derived(this.scenarios.current?.name ?? (this.network ? localize(this.network.title, locale.current) : ''));
    this.large = $derived(!!this.network && this.network.actors.length > OVERVIEW_LIMIT);
    this.overview = $derived.by(() => {
      const { network, large } = this;
      const communities = this.analysis.communities;
      return large && network && communities?.network.id === network.id ? communityOverview(network, communities.members) : null;
    });
    this.drawnNetwork = $derived.by(() => {
      const { network, large, overview } = this;
      if (!network || !large) return network;
      const members = overview && this.view.community !== null ? overview.communities[this.view.community - 1]?.members : undefined;
      return members ? communityNetwork(network, members) : null;
    });
  }

  /** Which answers `network` (one this session showed, e.g. the one an analysis ran on) was given from; null: as recorded. */
  answeredByOf(network: Network | null): AnsweredBy | null {
    return (network && this.#answeredFrom.get(network)) ?? null;
  }

  /** Selects an actor and brings it into view (a search result, a row of a list). */
  pick(actorId: string): void {
    this.workspace.selectActor(actorId);
    this.viewport.centreOn(actorId);
  }

  /** The comparison's state, made the first time it is asked for (its code and worker load with it). */
  compare(): Promise<CompareState> {
    return (this.#compare ??= import('./compare.svelte').then(
      ({ CompareState }) =>
        new CompareState(
          this.workspace,
          this.scenarios,
          () => new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module', name: 'puentes-compare' }),
        ),
    ));
  }

  /**
   * Starts what follows the session for as long as the page shows it: the analysis of each network shown, the
   * redaction flag on the workspace, opening an actor's community when it is selected elsewhere, and the saving of
   * the view. Returns the call that stops it all.
   */
  connect(): () => void {
    const stopSaving = this.scenarios.connect();
    const stop = $effect.root(() => {
      $effect(() => {
        this.workspace.redacted = this.presenter.redacting;
      });
      // A network just opened is analysed once it is drawn (the workers would compete with the first drawing for the
      // cores), at once when it is large (its overview waits for the communities); after an edit, after a pause.
      $effect(() => {
        const network = this.network;
        if (!network) return;
        const delay = this.workspace.history.past.length > 0 ? 400 : network.actors.length > OVERVIEW_LIMIT ? 0 : 700;
        untrack(() => this.analysis.schedule(network, delay));
      });
      // A shared scenario opened joins its room; another opened leaves it. A link in the address opens its map.
      void this.sharing.init();
      $effect(() => {
        const id = this.scenarios.current?.id;
        if (!this.scenarios.ready || !this.sharing.ready) return;
        untrack(() => {
          const link = linkFromAddress();
          if (link) void this.sharing.join(link, `${location.origin}${location.pathname}`);
          else if (id) void this.sharing.resume(id);
          else if (this.sharing.record?.scenario) this.sharing.leave();
        });
      });
      // The slides of a shared map are the group's: a change here reaches the room.
      $effect(() => {
        const slides = $state.snapshot(this.scenarios.slides) as Slide[];
        if (this.sharing.status !== 'off') untrack(() => this.sharing.slidesChanged(slides));
      });
      // The others see what this person selects, the view they show (and the part of the drawing) and the slide
      // they present.
      $effect(() => {
        const ids = this.workspace.selection.actors;
        const mode = this.view.mode;
        const slide = this.presenter.active ? this.presenter.index : null;
        const extent = mode === 'network' ? this.viewport.shown : null;
        if (this.sharing.status !== 'off') untrack(() => this.sharing.tell(ids, mode, slide, extent));
      });
      // Following someone: their slide when they present, else their view, and on the network the part of the
      // drawing they have on screen.
      let followedExtent: Extent | null = null;
      $effect(() => {
        const leader = this.sharing.leader;
        if (!leader) return void (followedExtent = null);
        const { slide, view, extent } = leader;
        untrack(() => {
          if (typeof slide === 'number' && slide < this.presenter.slides.length) {
            if (!this.presenter.active) this.presenter.start(slide);
            else if (this.presenter.index !== slide) this.presenter.go(slide);
          } else {
            if (this.presenter.active) this.presenter.stop();
            if (view && isViewId(view) && this.view.mode !== view) this.view.mode = view;
            if (view !== 'network' || !extent) followedExtent = null;
            else if (JSON.stringify(extent) !== JSON.stringify(followedExtent)) {
              followedExtent = extent;
              this.viewport.show(extent, 'network');
            }
          }
        });
      });
      // The connection's state on the page, for the banner's styling and for outside checks.
      $effect(() => {
        const status = this.sharing.status;
        if (status === 'off') delete document.body.dataset.sync;
        else document.body.dataset.sync = status === 'connecting' ? 'syncing' : status;
      });
      // Selecting an actor elsewhere (the table, the search) opens its community.
      $effect(() => {
        const id = this.workspace.selection.actors[0];
        const community = id ? this.overview?.of.get(id) : undefined;
        if (community !== undefined && community !== untrack(() => this.view.community)) this.view.community = community;
      });
    });
    return () => {
      stop();
      stopSaving();
    };
  }
}

const context = contextValue<Session>('session');

/** Called once by the shell: every component below it reads this session. */
export const setSession = context.set;
export const getSession = context.get;
