'use client';

import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { ResponsiveContainer, Tooltip, type TooltipProps } from 'recharts';

const TooltipOpen = createContext(true);

/**
 * The box every chart draws in. It is hidden from assistive technology (each chart has a summary or a table beside
 * it), and its tooltip closes when the user taps or clicks anywhere outside the chart: on a touch screen there is no
 * pointer leaving the chart to close it.
 */
export function ChartFrame({ testId, height, children }: { testId: string; height: number; children: React.ReactElement }) {
  const frame = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(true);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!frame.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);
  return (
    <div ref={frame} className="chart-box" data-testid={testId} aria-hidden onPointerEnter={() => setOpen(true)}>
      <TooltipOpen.Provider value={open}>
        <ResponsiveContainer width="100%" height={height}>
          {children}
        </ResponsiveContainer>
      </TooltipOpen.Provider>
    </div>
  );
}

/** The charts' tooltip: kept inside the chart (and so its card), closed by a tap outside the chart. */
export function ChartTooltip(props: TooltipProps) {
  const open = useContext(TooltipOpen);
  return (
    <Tooltip
      allowEscapeViewBox={{ x: false, y: false }}
      wrapperStyle={{ zIndex: 2, maxWidth: '100%' }}
      contentStyle={{ whiteSpace: 'normal', borderRadius: 8, fontSize: 14 }}
      isAnimationActive={false}
      {...props}
      active={open ? undefined : false}
    />
  );
}

/** Tick labels on every axis. */
export const AXIS_TICK = { fontSize: 12 } as const;
