/**
 * `ChartController`, the lifecycle every chart on the page shares, without a browser: charts are
 * drawn after each update of their host, either afresh (the old ones destroyed first, so a
 * canvas is free before it is drawn on again) or in place once drawn, and destroyed when the
 * host leaves the page.
 */
import { describe, expect, it } from 'vitest';
import { ChartController } from '../../packages/ui/src/charts/chart-controller.js';

type Host = ConstructorParameters<typeof ChartController>[0];
type Controller = Parameters<Host['addController']>[0];

/** A host that records its controllers, so the test can play Lit's part. */
function host() {
  const controllers: Controller[] = [];
  const h = {
    addController: (c: Controller) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  } satisfies Host;
  return {
    host: h,
    updated: () => {
      for (const c of controllers) c.hostUpdated?.();
    },
    disconnected: () => {
      for (const c of controllers) c.hostDisconnected?.();
    },
  };
}

/** A chart that writes what happens to it in `log`. */
function fakeChart(name: string, log: string[]) {
  return { name, destroy: () => log.push(`destroy ${name}`) };
}

describe('ChartController', () => {
  it('draws afresh after each update, destroying the charts drawn before first', () => {
    const log: string[] = [];
    const h = host();
    let n = 0;
    const charts = new ChartController(h.host, {
      create: () => {
        n += 1;
        log.push(`create ${n}`);
        return [fakeChart(`a${n}`, log), fakeChart(`b${n}`, log)];
      },
    });
    expect(charts.chart).toBeUndefined();
    h.updated();
    h.updated();
    expect(charts.charts.map((c) => c.name)).toEqual(['a2', 'b2']);
    expect(log).toEqual(['create 1', 'destroy a1', 'destroy b1', 'create 2']);
    h.disconnected();
    expect(charts.charts).toEqual([]);
    expect(log.slice(4)).toEqual(['destroy a2', 'destroy b2']);
  });

  it('draws once and then updates in place; draws again only after the host left the page', () => {
    const log: string[] = [];
    const h = host();
    let canvas = false;
    const charts = new ChartController(h.host, {
      create: () => (canvas ? [fakeChart('line', log)] : []),
      update: ([chart]) => log.push(`update ${chart?.name}`),
    });
    h.updated(); // nothing rendered yet: nothing drawn
    canvas = true;
    h.updated();
    h.updated();
    expect(charts.chart?.name).toBe('line');
    expect(log).toEqual(['update line']);
    h.disconnected();
    h.updated();
    expect(log).toEqual(['update line', 'destroy line']);
    expect(charts.chart?.name).toBe('line');
  });
});
