import { RESIDENT_COLOURS, isResidentColour, type ResidentColour } from '../../../../shared/wallKeys';

export { RESIDENT_COLOURS, isResidentColour, type ResidentColour };

/**
 * How each resident colour is painted: the frame around a symbol's tile. Chosen so that the five
 * stay apart under protanopia, deuteranopia and tritanopia, and in lightness alone
 * (tests/unit/renderer/residentColours.test.ts simulates each). A colour's spoken name is
 * `signin:colours.<key>`.
 */
export const RESIDENT_COLOUR_PAINT = {
  blue: '#004ec2',
  orange: '#ff951a',
  green: '#0f8a32',
  pink: '#ff4da2',
  purple: '#581f7a',
} as const satisfies Record<ResidentColour, string>;

/** The paint for a stored key, or undefined for a colour Hearth does not have. */
export function colourPaint(key: string): string | undefined {
  return isResidentColour(key) ? RESIDENT_COLOUR_PAINT[key] : undefined;
}
