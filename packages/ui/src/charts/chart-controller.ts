/**
 * `ChartController`: the one lifecycle every Chart.js chart on the page shares (the series
 * chart, the tornado, the pathway flows). A Lit reactive controller: after each update of its
 * host it draws the host's charts on the canvases just rendered, and when the host leaves the
 * page it destroys them, since a chart holds its canvas, listeners and resize observer until
 * it is destroyed.
 *
 * A host says how to draw (`ChartDrawing`): afresh after every update (`create` alone: the
 * charts drawn before are destroyed first, so their canvases are free to draw on again), or
 * once and then in place (`update` as well: the same chart takes the new data, so it does not
 * flicker and keeps what the reader did to it, such as lines hidden from its legend).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs of a chart: Chart.js's `Chart`, whatever its type. */
export interface DrawnChart {
  destroy(): void;
}

/** How a host draws its charts. */
export interface ChartDrawing<C extends DrawnChart> {
  /**
   * Draw the host's charts on the canvases it has rendered, in order; none when there is
   * nothing to draw (no canvas rendered, no data).
   */
  readonly create: () => readonly C[];
  /** Bring the charts already drawn up to date; without it, every update draws them afresh. */
  readonly update?: (charts: readonly C[]) => void;
}

export class ChartController<C extends DrawnChart> implements ReactiveController {
  private drawn: readonly C[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly drawing: ChartDrawing<C>,
  ) {
    host.addController(this);
  }

  /** The charts on the page now, in the order drawn. */
  get charts(): readonly C[] {
    return this.drawn;
  }

  /** The chart of a host that draws one, once drawn. */
  get chart(): C | undefined {
    return this.drawn[0];
  }

  hostUpdated(): void {
    if (this.drawing.update !== undefined && this.drawn.length > 0) {
      this.drawing.update(this.drawn);
      return;
    }
    this.destroy();
    this.drawn = this.drawing.create();
  }

  hostDisconnected(): void {
    this.destroy();
  }

  private destroy(): void {
    for (const chart of this.drawn) chart.destroy();
    this.drawn = [];
  }
}
