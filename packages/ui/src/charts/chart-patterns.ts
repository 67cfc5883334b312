/**
 * Fills for bars that must differ by more than hue (WCAG 1.4.1, use of colour): the reform's
 * or the high end's bars are striped, the baseline's or the low end's plain.
 */

/** The pale blue under the stripes. */
const STRIPE_BACKGROUND = '#d2e2f1';

/**
 * Diagonal stripes in `colour` on pale blue, as a canvas pattern; `colour` itself where the
 * browser cannot draw one.
 */
export function stripes(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const g = tile.getContext('2d');
  if (g === null) return colour;
  g.fillStyle = STRIPE_BACKGROUND;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = colour;
  g.lineWidth = 3;
  g.beginPath();
  g.moveTo(-2, 10);
  g.lineTo(10, -2);
  g.stroke();
  return g.createPattern(tile, 'repeat') ?? colour;
}
