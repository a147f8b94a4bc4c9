/**
 * How a figure is shown to one decimal. A figure above 0 is never shown as 0 and one below the
 * top (100 %) never as the top: "under 0.1" and "over 99.9" say what rounding would hide.
 */
export interface ShownFigure {
  value: number;
  qualifier: 'under' | 'over' | null;
}

const STEP = 0.1;

/** `value` rounded to one decimal, or the nearest figure that stays true with "under" or "over". */
export function oneDecimal(value: number, top?: number): ShownFigure {
  const rounded = Math.round(value * 10) / 10;
  if (value > 0 && rounded === 0) return { value: STEP, qualifier: 'under' };
  if (top !== undefined && value < top && rounded >= top) return { value: Math.round((top - STEP) * 10) / 10, qualifier: 'over' };
  return { value: rounded, qualifier: null };
}

/** A rate (0 to 1) as a percentage to one decimal, the same way: 0.375 is 37.5, 0.0004 is "under 0.1". */
export function percentOneDecimal(rate: number): ShownFigure {
  return oneDecimal(rate * 100, 100);
}
