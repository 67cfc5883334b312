/**
 * `PrintController`: whether the page is being printed, and for which reform. The one-page
 * briefing is rendered only while printing, so the screen's DOM (and every test's selectors)
 * never holds a second copy of the cards, table and chart.
 *
 * Printing starts three ways: the browser's Print command (`beforeprint`), a print preview or
 * emulated print media (no `beforeprint`; the `print` media query changes), and the page's own
 * Print button (`print(reformIndex, ready)`, which waits until the briefing is laid out). All
 * three print the briefing chosen under "Briefing for" (`choose`): the browser's Print gives no
 * chance to ask which, so the choice is kept here as soon as it is made.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;
  /** The reform whose briefing is printed (index into the run's reforms). */
  reformIndex = 0;

  private readonly printMedia = matchMedia('print');

  private readonly onBeforePrint = () => this.set(true);
  private readonly onAfterPrint = () => this.set(this.printMedia.matches);

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
    this.printMedia.addEventListener('change', this.onAfterPrint);
    this.onAfterPrint();
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
    this.printMedia.removeEventListener('change', this.onAfterPrint);
  }

  /** Choose the reform whose briefing any print shows (0, the first, after each new run). */
  choose(reformIndex: number): void {
    if (reformIndex === this.reformIndex) return;
    this.reformIndex = reformIndex;
    this.host.requestUpdate();
  }

  /** Print the briefing for `reformIndex` once `ready()` (the briefing rendered and fitted) settles. */
  async print(reformIndex: number, ready: () => Promise<unknown>): Promise<void> {
    this.choose(reformIndex);
    this.set(true);
    await this.host.updateComplete;
    await ready();
    print();
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }
}
