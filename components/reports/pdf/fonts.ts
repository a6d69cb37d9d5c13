import { join } from 'node:path';
import { Font } from '@react-pdf/renderer';

/** Inter, embedded from its @fontsource package (Latin and Latin Extended), with Noto Sans Math for ≥ and →. */
const FONTSOURCE = join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/@fontsource');
const face = (subset: string, weight: number, style: 'normal' | 'italic' = 'normal') => ({
  src: join(FONTSOURCE, 'inter/files', `inter-${subset}-${weight}-${style}.woff`),
  fontWeight: weight,
  fontStyle: style,
});

let registered = false;

/** Registers the PDF fonts once per process; a character missing from one family is taken from the next. */
export function registerPdfFonts(): void {
  if (registered) return;
  for (const [family, subset] of [
    ['Inter', 'latin'],
    ['Inter Extended', 'latin-ext'],
  ] as const) {
    Font.register({ family, fonts: [face(subset, 400), face(subset, 600), face(subset, 400, 'italic')] });
  }
  Font.register({ family: 'Noto Sans Math', src: join(FONTSOURCE, 'noto-sans-math/files/noto-sans-math-latin-400-normal.woff') });
  // Clinical words stay whole: no automatic hyphenation.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

export const PDF_FONT_FAMILY = ['Inter', 'Inter Extended', 'Noto Sans Math'];
