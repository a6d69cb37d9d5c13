import { join } from 'node:path';
import { Font } from '@react-pdf/renderer';

/** Inter, embedded from the @fontsource package: it has the true minus sign and the arrows the figures use. */
const FILES = join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/@fontsource/inter/files');
const face = (subset: string, weight: number, style: 'normal' | 'italic' = 'normal') => ({
  src: join(FILES, `inter-${subset}-${weight}-${style}.woff`),
  fontWeight: weight,
  fontStyle: style,
});

let registered = false;

/** Registers the PDF fonts once per process. Names with letters beyond Latin-1 fall back to the Latin Extended faces. */
export function registerPdfFonts(): void {
  if (registered) return;
  for (const [family, subset] of [
    ['Inter', 'latin'],
    ['Inter Extended', 'latin-ext'],
  ] as const) {
    Font.register({ family, fonts: [face(subset, 400), face(subset, 600), face(subset, 400, 'italic')] });
  }
  // Clinical words stay whole: no automatic hyphenation.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

export const PDF_FONT_FAMILY = ['Inter', 'Inter Extended'];
