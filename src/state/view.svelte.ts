/**
 * How the open network is looked at: filters, focus, styling, layout and
 * positions, and which view is shown. Positions and the choices here are what
 * a saved scenario will keep alongside the network.
 */
import { NO_FILTERS, activeFilterCount, applyFilters, type Filters, type Visible } from '../model/filter';
import { neighbourhood } from '../model/neighbourhood';
import type { Network } from '../model/types';
import type { MetricId } from '../analysis/metric-definitions';
import type { ViewSnapshot } from '../store/records';
import type { UserBoundaries } from '../io/boundaries';
import { isGridId, isViewId, type GridId, type ViewId } from './views';
import type { AxisId } from '../analysis/grids';
import type { AnsweredBy } from '../analysis/answered-network';
import type { ColorBy } from '../styling/node-values';

export type { ColorBy };
/** `none`, influence, or any metric of the analysis registry (degree needs no analysis). */
export type SizeBy = 'none' | 'influence' | MetricId;
export type LayoutId = 'force' | 'concentric' | 'pillar' | 'region' | 'saved';
export type ConcentricBy = 'degree' | 'influence' | 'vpInterest' | 'vpKnowledge';
export type FilterMode = 'fade' | 'hide';
export type ViewMode = ViewId;

export interface Position {
  x: number;
  y: number;
}

export interface Focus {
  actor: string;
  steps: 1 | 2;
}

export class ViewState {
  #mode: ViewMode = $state('network');
  /** The view shown. */
  get mode(): ViewMode {
    return this.#mode;
  }
  set mode(mode: ViewMode) {
    this.#mode = mode;
    if (isGridId(mode)) this.lastGrid = mode;
  }
  /** The grid last looked at, which the toolbar's grids button opens. */
  lastGrid: GridId = $state('grid');
  /** The map of Peru: regions where they are, or as equal tiles; and what colours them. */
  mapLayout: 'geo' | 'tiles' = $state('geo');
  mapMeasure: string = $state('actors');
  /** The months the map counts engagements or incidents over, each end open (null) by default: the whole record. */
  mapPeriod: { from: string | null; to: string | null } = $state.raw({ from: null, to: null });
  /** The power and interest grid's axes. */
  gridAxes: { x: AxisId; y: AxisId } = $state.raw({ x: 'vpInterest', y: 'influence' });
  /** What the comparison marks, as chosen; null: what changed when both sides are one network, else what they share. */
  compareHighlight: 'shared' | 'changes' | null = $state(null);
  filters: Filters = $state.raw(NO_FILTERS);
  filterMode: FilterMode = $state('fade');
  focus: Focus | null = $state(null);
  colorBy: ColorBy = $state('sector');
  sizeBy: SizeBy = $state('none');
  layout: LayoutId = $state('force');
  /** In a very large network, the community opened from the overview (null: the overview itself). */
  community: number | null = $state(null);
  concentricBy: ConcentricBy = $state('degree');
  /** Bumped to ask the network view to run the chosen layout again. */
  layoutRuns = $state(0);
  /** Where each actor was last drawn. */
  positions: Record<string, Position> = $state.raw({});
  /** Actors the user placed by hand: layouts leave them where they are until released. */
  pinned: string[] = $state.raw([]);
  drawTies = $state(false);
  /** Boundaries the user loaded for the map; null: Peru's regions. */
  boundaries: UserBoundaries | null = $state.raw(null);
  /**
   * Which informants' answers every view shows (a network with mapping sessions): null, the network as recorded;
   * the consensus at a threshold (ties at least `atLeast` informants reported); or one informant's own answers.
   */
  answeredBy: AnsweredBy | null = $state.raw(null);

  activeFilters = $derived(activeFilterCount(this.filters));

  /** What passes the filters and, when focused, lies within the focus neighbourhood. */
  visible(network: Network): Visible {
    const visible = applyFilters(network, this.filters);
    if (!this.focus || !network.actors.some((a) => a.id === this.focus?.actor)) return visible;
    const near = neighbourhood(network, this.focus.actor, this.focus.steps);
    const ties = new Set(network.ties.filter((t) => visible.ties.has(t.id) && near.has(t.source) && near.has(t.target)).map((t) => t.id));
    return { actors: new Set([...visible.actors].filter((id) => near.has(id))), ties };
  }

  setFilters(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
  }

  clearFilters(): void {
    this.filters = NO_FILTERS;
  }

  runLayout(layout: LayoutId = this.layout): void {
    this.layout = layout;
    this.layoutRuns++;
  }

  recordPositions(positions: Record<string, Position>, placedByHand: string[] = []): void {
    // A layout that puts actors where they already are (a saved drawing reopened) changes nothing.
    const moved = Object.entries(positions).some(([id, p]) => this.positions[id]?.x !== p.x || this.positions[id]?.y !== p.y);
    if (moved) this.positions = { ...this.positions, ...positions };
    if (placedByHand.length > 0) this.pinned = [...new Set([...this.pinned, ...placedByHand])];
  }

  releasePinned(): void {
    this.pinned = [];
  }

  /** What a saved scenario keeps of the view. */
  snapshot(): ViewSnapshot {
    return {
      mode: this.mode,
      layout: this.layout,
      concentricBy: this.concentricBy,
      colorBy: this.colorBy,
      sizeBy: this.sizeBy,
      filters: this.filters,
      filterMode: this.filterMode,
      positions: this.positions,
      pinned: this.pinned,
      boundaries: this.boundaries,
      map: { layout: this.mapLayout, measure: this.mapMeasure, period: this.mapPeriod },
      gridAxes: this.gridAxes,
      compare: { highlight: this.compareHighlight },
      answeredBy: this.answeredBy,
    };
  }

  /**
   * Puts back a saved view for the actors `actorIds`: the map is drawn at the
   * saved positions ("keep my positions") when there are any for them, and
   * positions of actors the network no longer has are dropped.
   */
  restore(snapshot: ViewSnapshot, actorIds: ReadonlySet<string>): void {
    this.reset();
    this.mode = isViewId(snapshot.mode) ? snapshot.mode : 'network';
    this.concentricBy = snapshot.concentricBy;
    this.colorBy = snapshot.colorBy;
    this.sizeBy = snapshot.sizeBy as SizeBy;
    this.filters = { ...NO_FILTERS, ...snapshot.filters };
    this.filterMode = snapshot.filterMode;
    this.positions = Object.fromEntries(Object.entries(snapshot.positions).filter(([id]) => actorIds.has(id)));
    this.pinned = snapshot.pinned.filter((id) => actorIds.has(id));
    this.boundaries = snapshot.boundaries ?? null;
    this.mapLayout = snapshot.map?.layout ?? 'geo';
    this.mapMeasure = snapshot.map?.measure ?? 'actors';
    this.mapPeriod = snapshot.map?.period ?? { from: null, to: null };
    this.gridAxes = (snapshot.gridAxes as ViewState['gridAxes'] | undefined) ?? { x: 'vpInterest', y: 'influence' };
    this.compareHighlight = snapshot.compare?.highlight ?? null;
    this.answeredBy = snapshot.answeredBy ?? null;
    this.layout = Object.keys(this.positions).length > 0 ? 'saved' : snapshot.layout === 'saved' ? 'force' : snapshot.layout;
  }

  /** A freshly opened network starts with no filters, focus, positions or pins. */
  reset(): void {
    this.community = null;
    this.filters = NO_FILTERS;
    this.focus = null;
    this.positions = {};
    this.pinned = [];
    this.drawTies = false;
    this.boundaries = null;
    this.answeredBy = null;
  }
}

/** How a network never looked at before is shown: the force layout, coloured by sector, nothing filtered. */
export function freshViewSnapshot(): ViewSnapshot {
  return {
    mode: 'network',
    layout: 'force',
    concentricBy: 'degree',
    colorBy: 'sector',
    sizeBy: 'none',
    filters: NO_FILTERS,
    filterMode: 'fade',
    positions: {},
    pinned: [],
  };
}

export const view = new ViewState();
