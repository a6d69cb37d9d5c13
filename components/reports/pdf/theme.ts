import { StyleSheet } from '@react-pdf/renderer';
import { PDF_FONT_FAMILY } from './fonts';

/** The app's palette (the custom properties of app/globals.css) for printed documents, which cannot read CSS. */
export const INK = {
  text: '#1c2330',
  muted: '#5a6473',
  accent: '#0f6e8c',
  border: '#dde1e7',
  soft: '#f2f5f8',
  green: '#1d7a46',
  red: '#b42318',
  amber: '#8a5a00',
  pain: '#d55e00',
  mobility: '#0072b2',
  sleep: '#009e73',
  injections: '#56b4e9',
};

export const pdfStyles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT_FAMILY,
    fontSize: 9.5,
    color: INK.text,
    paddingTop: 44,
    paddingBottom: 56,
    paddingHorizontal: 52,
  },
  h2: { fontSize: 10.5, fontWeight: 600, color: INK.accent, marginTop: 14, marginBottom: 5 },
  muted: { color: INK.muted },
  // react-pdf turns a unitless lineHeight into points with the font size of the same style, and an inherited one
  // hides dynamic text (page numbers): each style sets both.
  small: { fontSize: 8, lineHeight: 1.35 },
  paragraph: { fontSize: 9.5, lineHeight: 1.45, marginBottom: 6 },
  bold: { fontWeight: 600 },
  row: { flexDirection: 'row' },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: 52,
    right: 52,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7.5,
    color: INK.muted,
    borderTopWidth: 0.5,
    borderTopColor: INK.border,
    paddingTop: 5,
  },
  tableHead: { flexDirection: 'row', borderBottomWidth: 0.75, borderBottomColor: INK.muted, paddingBottom: 2, fontWeight: 600, fontSize: 8 },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: INK.border, paddingVertical: 2.5 },
  num: { textAlign: 'right' },
});
