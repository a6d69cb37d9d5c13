/** Okabe–Ito colours, fixed per measure on every chart. */
export const SERIES = {
  pain: { colour: '#d55e00', label: 'Pain (lower is better)', dash: undefined },
  mobility: { colour: '#0072b2', label: 'Mobility (higher is better)', dash: '6 3' },
  sleep: { colour: '#009e73', label: 'Sleep (higher is better)', dash: '2 3' },
} as const;

export const INJECTION_COLOUR = '#56b4e9';
